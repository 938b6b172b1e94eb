package vn.lachan.devstack.k8s;

import java.util.List;
import java.util.Map;

/** Null-safe reading of the maps and lists that SnakeYAML makes of a manifest. */
final class Tree {

    private Tree() {
    }

    static Object get(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return get(node, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, String... path) {
        return get(node, path) instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList()
                : List.of();
    }

    static List<String> strings(Object node, String... path) {
        return get(node, path) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String string(Object node, String... path) {
        Object value = get(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static boolean has(Object node, String... path) {
        return get(node, path) != null;
    }

    static boolean isTrue(Object node, String... path) {
        return Boolean.TRUE.equals(get(node, path));
    }

    static Integer integer(Object node, String... path) {
        return get(node, path) instanceof Number number ? number.intValue() : null;
    }

    static Map<String, String> stringMap(Object node, String... path) {
        Map<String, String> result = new java.util.TreeMap<>();
        map(node, path).forEach((key, value) -> result.put(key, String.valueOf(value)));
        return result;
    }
}
