package org.unsdcf.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object type of the JSON form: its name and its members in canonical order (design.md §3.2),
 * with the builder its readers fill. {@link PlanForm} defines every type, one line a member; the
 * definers here are its alone. Immutable and thread-safe once {@link PlanForm} is initialised.
 *
 * @param <O> the model type
 * @param <B> its builder
 */
public final class FormType<O, B> extends FormValue<O> {
  private final String name;
  private final Supplier<B> builder;
  private final Function<B, O> build;
  private final List<FormMember> members = new ArrayList<>();
  private final List<FormMember> view = Collections.unmodifiableList(members);

  private FormType(String name, Supplier<B> builder, Function<B, O> build) {
    super(FormKind.OBJECT, name, null);
    this.name = name;
    this.builder = builder;
    this.build = build;
  }

  static <O, B> FormType<O, B> of(String name, Supplier<B> builder, Function<B, O> build) {
    return new FormType<>(name, builder, build);
  }

  /** A type built by {@code of(first, second)}: its two members are given by position. */
  static <O, X, Y> FormType<O, Object[]> pair(String name, BiFunction<X, Y, O> of) {
    @SuppressWarnings("unchecked")
    Function<Object[], O> build = parts -> of.apply((X) parts[0], (Y) parts[1]);
    return new FormType<>(name, () -> new Object[2], build);
  }

  /**
   * Gets the type's name, as design.md §3.2 spells it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }

  @Override
  public FormType<?, ?> type() {
    return this;
  }

  /**
   * Gets the members in canonical order.
   *
   * @return the members
   */
  public List<FormMember> members() {
    return view;
  }

  /**
   * Obtains an empty builder.
   *
   * @return a builder for {@link FormMember#set}
   */
  public Object newBuilder() {
    return builder.get();
  }

  /**
   * Builds the model object, checking its invariants.
   *
   * @param filled a builder from {@link #newBuilder()}, its members given
   * @return the model object
   * @throws IllegalArgumentException if an invariant fails
   * @throws IllegalStateException if a required member was not given
   */
  @SuppressWarnings("unchecked")
  public O build(Object filled) {
    return build.apply((B) filled);
  }

  <V> FormType<O, B> req(String member, FormValue<V> v, Function<O, V> get, BiConsumer<B, V> set) {
    return add(member, v, FormPresence.REQUIRED, FormMember.DEFAULT_CAP, get, set);
  }

  /** A required member of a {@link #pair} type, given by its position. */
  <V> FormType<O, B> part(String member, FormValue<V> v, Function<O, V> get) {
    int slot = members.size();
    BiConsumer<B, V> set = (parts, value) -> ((Object[]) parts)[slot] = value;
    return req(member, v, get, set);
  }

  <V> FormType<O, B> opt(
      String member, FormValue<V> v, Function<O, Optional<V>> get, BiConsumer<B, V> set) {
    return add(member, v, FormPresence.OPTIONAL, FormMember.DEFAULT_CAP, get, set);
  }

  /** A list member: presence LIST, SET or NON_EMPTY_SET. */
  <V> FormType<O, B> list(
      String member,
      FormPresence presence,
      FormValue<V> v,
      Function<O, List<V>> get,
      BiConsumer<B, List<V>> set) {
    return add(member, v, presence, FormMember.DEFAULT_CAP, get, set);
  }

  /** Caps the list member defined last. */
  FormType<O, B> cap(int cap) {
    FormMember last = members.remove(members.size() - 1);
    members.add(last.withCap(cap));
    return this;
  }

  <V> FormType<O, B> map(
      String member,
      FormValue<V> v,
      Function<O, Map<String, V>> get,
      BiConsumer<B, Map<String, V>> set) {
    return add(member, v, FormPresence.MAP, FormMember.DEFAULT_CAP, get, set);
  }

  @SuppressWarnings("unchecked")
  private <M> FormType<O, B> add(
      String member,
      FormValue<?> v,
      FormPresence presence,
      int cap,
      Function<O, M> get,
      BiConsumer<B, ?> set) {
    members.add(
        new FormMember(
            member,
            v,
            presence,
            cap,
            (Function<Object, Object>) get,
            (BiConsumer<Object, Object>) set));
    return this;
  }
}
