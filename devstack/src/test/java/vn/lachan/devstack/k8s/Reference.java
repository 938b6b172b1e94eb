package vn.lachan.devstack.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every Secret and ConfigMap a rendered object names, with the key where it names one. */
record Reference(String kind, String name, String key, String where, boolean optional) {

    Reference(String kind, String name, String key, String where) {
        this(kind, name, key, where, false);
    }

    static List<Reference> in(Rendering rendering) {
        List<Reference> references = new ArrayList<>();
        for (K8sObject workload : rendering.workloadObjects()) {
            podReferences(workload.id(), workload.podSpec(), references);
        }
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Map<String, Object> spec = keycloak.spec();
            podReferences(keycloak.id(), Tree.map(spec, "unsupported", "podTemplate", "spec"), references);
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                references.add(new Reference("Secret", Tree.string(spec, "db", field, "name"),
                        Tree.string(spec, "db", field, "key"), keycloak.id() + " db." + field));
            }
            if (Tree.has(spec, "http", "tlsSecret")) {
                references.add(new Reference("Secret", Tree.string(spec, "http", "tlsSecret"), null,
                        keycloak.id() + " http.tlsSecret"));
            }
        }
        for (K8sObject cluster : rendering.ofKind("Cluster")) {
            if (Tree.has(cluster.spec(), "bootstrap", "initdb", "secret")) {
                references.add(new Reference("Secret", Tree.string(cluster.spec(), "bootstrap", "initdb", "secret",
                        "name"), "password", cluster.id() + " bootstrap.initdb.secret"));
            }
            for (Map<String, Object> role : Tree.maps(cluster.spec(), "managed", "roles")) {
                if (Tree.has(role, "passwordSecret")) {
                    references.add(new Reference("Secret", Tree.string(role, "passwordSecret", "name"), "password",
                            cluster.id() + " role " + Tree.string(role, "name")));
                }
            }
        }
        for (K8sObject store : rendering.ofKind("ObjectStore")) {
            Tree.map(store.spec(), "configuration", "s3Credentials").forEach((field, ref) -> {
                if (ref instanceof Map<?, ?>) {
                    references.add(new Reference("Secret", Tree.string(ref, "name"), Tree.string(ref, "key"),
                            store.id() + " s3Credentials." + field));
                }
            });
        }
        for (K8sObject ingress : rendering.ofKind("Ingress")) {
            Tree.maps(ingress.spec(), "tls").forEach(tls -> references.add(new Reference("Secret",
                    Tree.string(tls, "secretName"), null, ingress.id() + " tls")));
        }
        return references;
    }

    private static void podReferences(String owner, Map<String, Object> pod, List<Reference> references) {
        for (Map<String, Object> container : Containers.of(pod)) {
            String where = owner + " container " + Tree.string(container, "name");
            for (Map<String, Object> variable : Tree.maps(container, "env")) {
                for (String kind : List.of("Secret", "ConfigMap")) {
                    Map<String, Object> ref = Tree.map(variable, "valueFrom",
                            "Secret".equals(kind) ? "secretKeyRef" : "configMapKeyRef");
                    if (!ref.isEmpty()) {
                        references.add(new Reference(kind, Tree.string(ref, "name"), Tree.string(ref, "key"),
                                where + " env " + Tree.string(variable, "name"), Boolean.TRUE.equals(ref.get("optional"))));
                    }
                }
            }
            for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
                if (Tree.has(source, "secretRef")) {
                    references.add(new Reference("Secret", Tree.string(source, "secretRef", "name"), null,
                            where + " envFrom"));
                }
                if (Tree.has(source, "configMapRef")) {
                    references.add(new Reference("ConfigMap", Tree.string(source, "configMapRef", "name"), null,
                            where + " envFrom"));
                }
            }
        }
        for (Map<String, Object> volume : Tree.maps(pod, "volumes")) {
            String where = owner + " volume " + Tree.string(volume, "name");
            if (Tree.has(volume, "secret")) {
                references.add(new Reference("Secret", Tree.string(volume, "secret", "secretName"), null, where));
            }
            if (Tree.has(volume, "configMap")) {
                references.add(new Reference("ConfigMap", Tree.string(volume, "configMap", "name"), null, where));
            }
            for (Map<String, Object> source : Tree.maps(volume, "projected", "sources")) {
                if (Tree.has(source, "secret")) {
                    references.add(new Reference("Secret", Tree.string(source, "secret", "name"), null, where));
                }
                if (Tree.has(source, "configMap")) {
                    references.add(new Reference("ConfigMap", Tree.string(source, "configMap", "name"), null, where));
                }
            }
        }
        Tree.maps(pod, "imagePullSecrets").forEach(secret -> references.add(
                new Reference("Secret", Tree.string(secret, "name"), null, owner + " imagePullSecrets")));
    }
}
