package vn.lachan.devstack.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kubernetes label selectors: {@code matchLabels} and {@code matchExpressions}, or a plain map (Service). */
final class Selectors {

    private Selectors() {
    }

    /** A LabelSelector; an empty one selects everything. */
    static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
        for (Map.Entry<String, String> wanted : Tree.stringMap(selector, "matchLabels").entrySet()) {
            if (!Objects.equals(labels.get(wanted.getKey()), wanted.getValue())) {
                return false;
            }
        }
        for (Map<String, Object> expression : Tree.maps(selector, "matchExpressions")) {
            String key = Tree.string(expression, "key");
            List<String> values = Tree.strings(expression, "values");
            boolean holds = switch (String.valueOf(Tree.string(expression, "operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** A Service selector: a plain map, every pair must be on the pod. An empty one selects nothing. */
    static boolean serviceSelects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(wanted -> Objects.equals(labels.get(wanted.getKey()), wanted.getValue()));
    }
}
