package org.unsdcf.testkit.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Checks that a finding's JSON pointer leads into a plan's JSON form by calling the accessor named
 * by each member (accessors are named as the JSON members): every step but the last must be
 * present; the last may be an absent member or an empty list (a path may name an absent member).
 */
final class PathResolver {
  private PathResolver() {}

  static boolean resolves(CooperationFramework plan, String path) {
    if (path.isEmpty()) {
      return true;
    }
    String[] tokens = path.substring(1).split("/", -1);
    Object node = plan;
    for (int i = 0; i < tokens.length; i++) {
      boolean last = i == tokens.length - 1;
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      Object next;
      if (node instanceof List) {
        List<?> list = (List<?>) node;
        if (!token.matches("0|[1-9][0-9]*") || Integer.parseInt(token) >= list.size()) {
          return false;
        }
        next = list.get(Integer.parseInt(token));
      } else if (node instanceof Map) {
        next = ((Map<?, ?>) node).get(token);
        if (next == null) {
          return false;
        }
      } else {
        Method accessor = accessor(node.getClass(), token);
        if (accessor == null) {
          return false;
        }
        next = invoke(accessor, node);
      }
      if (next instanceof Optional) {
        Optional<?> o = (Optional<?>) next;
        if (o.isEmpty()) {
          return last;
        }
        next = o.get();
      }
      node = next;
    }
    return true;
  }

  private static Method accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        try {
          Method m = c.getMethod(name);
          return m.getReturnType() == void.class ? null : m;
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static Object invoke(Method accessor, Object node) {
    try {
      return accessor.invoke(node);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + accessor + " of " + node, e);
    }
  }
}
