package vn.lachan.platform.error;

import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import vn.lachan.platform.grpc.RequestIds;

/** Every exception leaving a gRPC method becomes a status with details; unknown ones are logged, not shown. */
public class LachanGrpcExceptionHandler implements GrpcExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LachanGrpcExceptionHandler.class);

    @Override
    public StatusException handleException(Throwable failure) {
        if (failure instanceof LachanException known) {
            return GrpcErrors.toStatus(known);
        }
        if (failure instanceof StatusRuntimeException status) {
            return new StatusException(status.getStatus(), status.getTrailers());
        }
        if (failure instanceof StatusException status) {
            return status;
        }
        if (failure.getClass().getName().startsWith("org.springframework.security.")) {
            return null; // spring-grpc's security handler answers UNAUTHENTICATED or PERMISSION_DENIED
        }
        String requestId = RequestIds.current();
        log.error("Unhandled failure, request id {}", requestId, failure);
        return GrpcErrors.internal(requestId);
    }
}
