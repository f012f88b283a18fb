package org.unsdcf.core.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One member of a type of the JSON form: its name, value, presence and list cap, how it is got from
 * the model and how it is given to the type's builder. This class is immutable and thread-safe.
 */
public final class FormMember {
  /** The cap of a list that design.md §5.1 gives no cap of its own. */
  public static final int DEFAULT_CAP = 1_000;

  private final String name;
  private final FormValue<?> value;
  private final FormPresence presence;
  private final int cap;
  private final Function<Object, Object> get;
  private final BiConsumer<Object, Object> set;

  FormMember(
      String name,
      FormValue<?> value,
      FormPresence presence,
      int cap,
      Function<Object, Object> get,
      BiConsumer<Object, Object> set) {
    this.name = name;
    this.value = value;
    this.presence = presence;
    this.cap = cap;
    this.get = get;
    this.set = set;
  }

  FormMember withCap(int most) {
    return new FormMember(name, value, presence, most, get, set);
  }

  /**
   * Gets the member name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Gets what one value (of a list: one element) is.
   *
   * @return the value
   */
  public FormValue<?> value() {
    return value;
  }

  /**
   * Gets how the member is present.
   *
   * @return the presence
   */
  public FormPresence presence() {
    return presence;
  }

  /**
   * Gets the most elements a list or set may have (LIMIT_COLLECTION, design.md §5.1).
   *
   * @return the cap
   */
  public int cap() {
    return cap;
  }

  /**
   * Gets the member from a model object: the value, an {@code Optional}, a {@code List} or a {@code
   * Map}, as the presence says.
   *
   * @param model an object of the member's type
   * @return the member
   */
  public Object get(Object model) {
    return get.apply(model);
  }

  /**
   * Gives the member to a builder of its type: the value, a {@code List} or a {@code Map}, never an
   * {@code Optional} (an absent optional is not given).
   *
   * @param builder a builder from {@link FormType#newBuilder()}
   * @param member the member
   */
  public void set(Object builder, Object member) {
    set.accept(builder, member);
  }
}
