package vn.lachan.report.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ReportServiceGrpc {

  private ReportServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "lachan.report.v1.ReportService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<vn.lachan.report.v1.CreateReportRequest,
      vn.lachan.report.v1.Report> getCreateReportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateReport",
      requestType = vn.lachan.report.v1.CreateReportRequest.class,
      responseType = vn.lachan.report.v1.Report.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.report.v1.CreateReportRequest,
      vn.lachan.report.v1.Report> getCreateReportMethod() {
    io.grpc.MethodDescriptor<vn.lachan.report.v1.CreateReportRequest, vn.lachan.report.v1.Report> getCreateReportMethod;
    if ((getCreateReportMethod = ReportServiceGrpc.getCreateReportMethod) == null) {
      synchronized (ReportServiceGrpc.class) {
        if ((getCreateReportMethod = ReportServiceGrpc.getCreateReportMethod) == null) {
          ReportServiceGrpc.getCreateReportMethod = getCreateReportMethod =
              io.grpc.MethodDescriptor.<vn.lachan.report.v1.CreateReportRequest, vn.lachan.report.v1.Report>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateReport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.CreateReportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.Report.getDefaultInstance()))
              .setSchemaDescriptor(new ReportServiceMethodDescriptorSupplier("CreateReport"))
              .build();
        }
      }
    }
    return getCreateReportMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.report.v1.GetReportRequest,
      vn.lachan.report.v1.Report> getGetReportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetReport",
      requestType = vn.lachan.report.v1.GetReportRequest.class,
      responseType = vn.lachan.report.v1.Report.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.report.v1.GetReportRequest,
      vn.lachan.report.v1.Report> getGetReportMethod() {
    io.grpc.MethodDescriptor<vn.lachan.report.v1.GetReportRequest, vn.lachan.report.v1.Report> getGetReportMethod;
    if ((getGetReportMethod = ReportServiceGrpc.getGetReportMethod) == null) {
      synchronized (ReportServiceGrpc.class) {
        if ((getGetReportMethod = ReportServiceGrpc.getGetReportMethod) == null) {
          ReportServiceGrpc.getGetReportMethod = getGetReportMethod =
              io.grpc.MethodDescriptor.<vn.lachan.report.v1.GetReportRequest, vn.lachan.report.v1.Report>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetReport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.GetReportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.Report.getDefaultInstance()))
              .setSchemaDescriptor(new ReportServiceMethodDescriptorSupplier("GetReport"))
              .build();
        }
      }
    }
    return getGetReportMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.report.v1.ListReportsRequest,
      vn.lachan.report.v1.ListReportsResponse> getListReportsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListReports",
      requestType = vn.lachan.report.v1.ListReportsRequest.class,
      responseType = vn.lachan.report.v1.ListReportsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.report.v1.ListReportsRequest,
      vn.lachan.report.v1.ListReportsResponse> getListReportsMethod() {
    io.grpc.MethodDescriptor<vn.lachan.report.v1.ListReportsRequest, vn.lachan.report.v1.ListReportsResponse> getListReportsMethod;
    if ((getListReportsMethod = ReportServiceGrpc.getListReportsMethod) == null) {
      synchronized (ReportServiceGrpc.class) {
        if ((getListReportsMethod = ReportServiceGrpc.getListReportsMethod) == null) {
          ReportServiceGrpc.getListReportsMethod = getListReportsMethod =
              io.grpc.MethodDescriptor.<vn.lachan.report.v1.ListReportsRequest, vn.lachan.report.v1.ListReportsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListReports"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.ListReportsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.report.v1.ListReportsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReportServiceMethodDescriptorSupplier("ListReports"))
              .build();
        }
      }
    }
    return getListReportsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ReportServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReportServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReportServiceStub>() {
        @java.lang.Override
        public ReportServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReportServiceStub(channel, callOptions);
        }
      };
    return ReportServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ReportServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReportServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReportServiceBlockingV2Stub>() {
        @java.lang.Override
        public ReportServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReportServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ReportServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ReportServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReportServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReportServiceBlockingStub>() {
        @java.lang.Override
        public ReportServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReportServiceBlockingStub(channel, callOptions);
        }
      };
    return ReportServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ReportServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReportServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReportServiceFutureStub>() {
        @java.lang.Override
        public ReportServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReportServiceFutureStub(channel, callOptions);
        }
      };
    return ReportServiceFutureStub.newStub(factory, channel);
  }

  /**
   */
  public interface AsyncService {

    /**
     * <pre>
     * Starts a unit's report for a period, pre-filled with the figures other services know.
     * A retry for the same unit and period returns the existing report.
     * </pre>
     */
    default void createReport(vn.lachan.report.v1.CreateReportRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateReportMethod(), responseObserver);
    }

    /**
     */
    default void getReport(vn.lachan.report.v1.GetReportRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetReportMethod(), responseObserver);
    }

    /**
     */
    default void listReports(vn.lachan.report.v1.ListReportsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.ListReportsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListReportsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ReportService.
   */
  public static abstract class ReportServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ReportServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ReportService.
   */
  public static final class ReportServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ReportServiceStub> {
    private ReportServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReportServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReportServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a unit's report for a period, pre-filled with the figures other services know.
     * A retry for the same unit and period returns the existing report.
     * </pre>
     */
    public void createReport(vn.lachan.report.v1.CreateReportRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateReportMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getReport(vn.lachan.report.v1.GetReportRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetReportMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listReports(vn.lachan.report.v1.ListReportsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.report.v1.ListReportsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListReportsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ReportService.
   */
  public static final class ReportServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ReportServiceBlockingV2Stub> {
    private ReportServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReportServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReportServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a unit's report for a period, pre-filled with the figures other services know.
     * A retry for the same unit and period returns the existing report.
     * </pre>
     */
    public vn.lachan.report.v1.Report createReport(vn.lachan.report.v1.CreateReportRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateReportMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.report.v1.Report getReport(vn.lachan.report.v1.GetReportRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetReportMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.report.v1.ListReportsResponse listReports(vn.lachan.report.v1.ListReportsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListReportsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ReportService.
   */
  public static final class ReportServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ReportServiceBlockingStub> {
    private ReportServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReportServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReportServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a unit's report for a period, pre-filled with the figures other services know.
     * A retry for the same unit and period returns the existing report.
     * </pre>
     */
    public vn.lachan.report.v1.Report createReport(vn.lachan.report.v1.CreateReportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateReportMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.report.v1.Report getReport(vn.lachan.report.v1.GetReportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetReportMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.report.v1.ListReportsResponse listReports(vn.lachan.report.v1.ListReportsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListReportsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ReportService.
   */
  public static final class ReportServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ReportServiceFutureStub> {
    private ReportServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReportServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReportServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a unit's report for a period, pre-filled with the figures other services know.
     * A retry for the same unit and period returns the existing report.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.report.v1.Report> createReport(
        vn.lachan.report.v1.CreateReportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateReportMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.report.v1.Report> getReport(
        vn.lachan.report.v1.GetReportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetReportMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.report.v1.ListReportsResponse> listReports(
        vn.lachan.report.v1.ListReportsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListReportsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_REPORT = 0;
  private static final int METHODID_GET_REPORT = 1;
  private static final int METHODID_LIST_REPORTS = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_REPORT:
          serviceImpl.createReport((vn.lachan.report.v1.CreateReportRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report>) responseObserver);
          break;
        case METHODID_GET_REPORT:
          serviceImpl.getReport((vn.lachan.report.v1.GetReportRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.report.v1.Report>) responseObserver);
          break;
        case METHODID_LIST_REPORTS:
          serviceImpl.listReports((vn.lachan.report.v1.ListReportsRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.report.v1.ListReportsResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateReportMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.report.v1.CreateReportRequest,
              vn.lachan.report.v1.Report>(
                service, METHODID_CREATE_REPORT)))
        .addMethod(
          getGetReportMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.report.v1.GetReportRequest,
              vn.lachan.report.v1.Report>(
                service, METHODID_GET_REPORT)))
        .addMethod(
          getListReportsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.report.v1.ListReportsRequest,
              vn.lachan.report.v1.ListReportsResponse>(
                service, METHODID_LIST_REPORTS)))
        .build();
  }

  private static abstract class ReportServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ReportServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return vn.lachan.report.v1.ReportOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ReportService");
    }
  }

  private static final class ReportServiceFileDescriptorSupplier
      extends ReportServiceBaseDescriptorSupplier {
    ReportServiceFileDescriptorSupplier() {}
  }

  private static final class ReportServiceMethodDescriptorSupplier
      extends ReportServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ReportServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ReportServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ReportServiceFileDescriptorSupplier())
              .addMethod(getCreateReportMethod())
              .addMethod(getGetReportMethod())
              .addMethod(getListReportsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
