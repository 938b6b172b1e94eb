package vn.lachan.contracts;

import com.google.api.AnnotationsProto;
import com.google.protobuf.Descriptors.MethodDescriptor;

/**
 * RPCs served over gRPC only: server-streaming ones with no {@code google.api.http} route (e.g. the banks' feed of
 * freeze requests). The REST bridge cannot serve a stream, so such an RPC has no REST route, no OpenAPI operation and no
 * place in the REST matrices; every other RPC must have its route.
 */
public final class GrpcOnly {

    private GrpcOnly() {
    }

    public static boolean isGrpcOnly(MethodDescriptor method) {
        return method.isServerStreaming() && !method.isClientStreaming()
                && !method.getOptions().hasExtension(AnnotationsProto.http);
    }
}
