package vn.lachan.devstack.k8s;

import java.util.Map;

/** One object of a rendered overlay. */
record K8sObject(Map<String, Object> tree) {

    String apiVersion() {
        return Tree.string(tree, "apiVersion");
    }

    String kind() {
        return Tree.string(tree, "kind");
    }

    String name() {
        return Tree.string(tree, "metadata", "name");
    }

    /** {@code Kind/name}, the way failure messages name an object. */
    String id() {
        return kind() + "/" + name();
    }

    Map<String, Object> spec() {
        return Tree.map(tree, "spec");
    }

    /** The pod template's spec of a Deployment or StatefulSet. */
    Map<String, Object> podSpec() {
        return Tree.map(tree, "spec", "template", "spec");
    }

    Map<String, String> podLabels() {
        return Tree.stringMap(tree, "spec", "template", "metadata", "labels");
    }

    boolean isWorkload() {
        return "Deployment".equals(kind()) || "StatefulSet".equals(kind());
    }
}
