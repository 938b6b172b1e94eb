package vn.lachan.budget.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class BudgetServiceGrpc {

  private BudgetServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "lachan.budget.v1.BudgetService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<vn.lachan.budget.v1.ListBudgetLinesRequest,
      vn.lachan.budget.v1.ListBudgetLinesResponse> getListBudgetLinesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBudgetLines",
      requestType = vn.lachan.budget.v1.ListBudgetLinesRequest.class,
      responseType = vn.lachan.budget.v1.ListBudgetLinesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.budget.v1.ListBudgetLinesRequest,
      vn.lachan.budget.v1.ListBudgetLinesResponse> getListBudgetLinesMethod() {
    io.grpc.MethodDescriptor<vn.lachan.budget.v1.ListBudgetLinesRequest, vn.lachan.budget.v1.ListBudgetLinesResponse> getListBudgetLinesMethod;
    if ((getListBudgetLinesMethod = BudgetServiceGrpc.getListBudgetLinesMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getListBudgetLinesMethod = BudgetServiceGrpc.getListBudgetLinesMethod) == null) {
          BudgetServiceGrpc.getListBudgetLinesMethod = getListBudgetLinesMethod =
              io.grpc.MethodDescriptor.<vn.lachan.budget.v1.ListBudgetLinesRequest, vn.lachan.budget.v1.ListBudgetLinesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBudgetLines"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.ListBudgetLinesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.ListBudgetLinesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new BudgetServiceMethodDescriptorSupplier("ListBudgetLines"))
              .build();
        }
      }
    }
    return getListBudgetLinesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.budget.v1.GetBudgetLineRequest,
      vn.lachan.budget.v1.BudgetLine> getGetBudgetLineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBudgetLine",
      requestType = vn.lachan.budget.v1.GetBudgetLineRequest.class,
      responseType = vn.lachan.budget.v1.BudgetLine.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.budget.v1.GetBudgetLineRequest,
      vn.lachan.budget.v1.BudgetLine> getGetBudgetLineMethod() {
    io.grpc.MethodDescriptor<vn.lachan.budget.v1.GetBudgetLineRequest, vn.lachan.budget.v1.BudgetLine> getGetBudgetLineMethod;
    if ((getGetBudgetLineMethod = BudgetServiceGrpc.getGetBudgetLineMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getGetBudgetLineMethod = BudgetServiceGrpc.getGetBudgetLineMethod) == null) {
          BudgetServiceGrpc.getGetBudgetLineMethod = getGetBudgetLineMethod =
              io.grpc.MethodDescriptor.<vn.lachan.budget.v1.GetBudgetLineRequest, vn.lachan.budget.v1.BudgetLine>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBudgetLine"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.GetBudgetLineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.BudgetLine.getDefaultInstance()))
              .setSchemaDescriptor(new BudgetServiceMethodDescriptorSupplier("GetBudgetLine"))
              .build();
        }
      }
    }
    return getGetBudgetLineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.budget.v1.RecordSpendingRequest,
      vn.lachan.budget.v1.Spending> getRecordSpendingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordSpending",
      requestType = vn.lachan.budget.v1.RecordSpendingRequest.class,
      responseType = vn.lachan.budget.v1.Spending.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.budget.v1.RecordSpendingRequest,
      vn.lachan.budget.v1.Spending> getRecordSpendingMethod() {
    io.grpc.MethodDescriptor<vn.lachan.budget.v1.RecordSpendingRequest, vn.lachan.budget.v1.Spending> getRecordSpendingMethod;
    if ((getRecordSpendingMethod = BudgetServiceGrpc.getRecordSpendingMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getRecordSpendingMethod = BudgetServiceGrpc.getRecordSpendingMethod) == null) {
          BudgetServiceGrpc.getRecordSpendingMethod = getRecordSpendingMethod =
              io.grpc.MethodDescriptor.<vn.lachan.budget.v1.RecordSpendingRequest, vn.lachan.budget.v1.Spending>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordSpending"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.RecordSpendingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.budget.v1.Spending.getDefaultInstance()))
              .setSchemaDescriptor(new BudgetServiceMethodDescriptorSupplier("RecordSpending"))
              .build();
        }
      }
    }
    return getRecordSpendingMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static BudgetServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceStub>() {
        @java.lang.Override
        public BudgetServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceStub(channel, callOptions);
        }
      };
    return BudgetServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static BudgetServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingV2Stub>() {
        @java.lang.Override
        public BudgetServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return BudgetServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static BudgetServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingStub>() {
        @java.lang.Override
        public BudgetServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceBlockingStub(channel, callOptions);
        }
      };
    return BudgetServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static BudgetServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceFutureStub>() {
        @java.lang.Override
        public BudgetServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceFutureStub(channel, callOptions);
        }
      };
    return BudgetServiceFutureStub.newStub(factory, channel);
  }

  /**
   */
  public interface AsyncService {

    /**
     */
    default void listBudgetLines(vn.lachan.budget.v1.ListBudgetLinesRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.ListBudgetLinesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBudgetLinesMethod(), responseObserver);
    }

    /**
     */
    default void getBudgetLine(vn.lachan.budget.v1.GetBudgetLineRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.BudgetLine> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBudgetLineMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records spending against a line. Send an Idempotency-Key header: a retry records nothing new.
     * </pre>
     */
    default void recordSpending(vn.lachan.budget.v1.RecordSpendingRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.Spending> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordSpendingMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service BudgetService.
   */
  public static abstract class BudgetServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return BudgetServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service BudgetService.
   */
  public static final class BudgetServiceStub
      extends io.grpc.stub.AbstractAsyncStub<BudgetServiceStub> {
    private BudgetServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceStub(channel, callOptions);
    }

    /**
     */
    public void listBudgetLines(vn.lachan.budget.v1.ListBudgetLinesRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.ListBudgetLinesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBudgetLinesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getBudgetLine(vn.lachan.budget.v1.GetBudgetLineRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.BudgetLine> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBudgetLineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records spending against a line. Send an Idempotency-Key header: a retry records nothing new.
     * </pre>
     */
    public void recordSpending(vn.lachan.budget.v1.RecordSpendingRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.budget.v1.Spending> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordSpendingMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service BudgetService.
   */
  public static final class BudgetServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<BudgetServiceBlockingV2Stub> {
    private BudgetServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     */
    public vn.lachan.budget.v1.ListBudgetLinesResponse listBudgetLines(vn.lachan.budget.v1.ListBudgetLinesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListBudgetLinesMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.budget.v1.BudgetLine getBudgetLine(vn.lachan.budget.v1.GetBudgetLineRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBudgetLineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records spending against a line. Send an Idempotency-Key header: a retry records nothing new.
     * </pre>
     */
    public vn.lachan.budget.v1.Spending recordSpending(vn.lachan.budget.v1.RecordSpendingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRecordSpendingMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service BudgetService.
   */
  public static final class BudgetServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<BudgetServiceBlockingStub> {
    private BudgetServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public vn.lachan.budget.v1.ListBudgetLinesResponse listBudgetLines(vn.lachan.budget.v1.ListBudgetLinesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBudgetLinesMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.budget.v1.BudgetLine getBudgetLine(vn.lachan.budget.v1.GetBudgetLineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBudgetLineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records spending against a line. Send an Idempotency-Key header: a retry records nothing new.
     * </pre>
     */
    public vn.lachan.budget.v1.Spending recordSpending(vn.lachan.budget.v1.RecordSpendingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordSpendingMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service BudgetService.
   */
  public static final class BudgetServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<BudgetServiceFutureStub> {
    private BudgetServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.budget.v1.ListBudgetLinesResponse> listBudgetLines(
        vn.lachan.budget.v1.ListBudgetLinesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBudgetLinesMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.budget.v1.BudgetLine> getBudgetLine(
        vn.lachan.budget.v1.GetBudgetLineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBudgetLineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records spending against a line. Send an Idempotency-Key header: a retry records nothing new.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.budget.v1.Spending> recordSpending(
        vn.lachan.budget.v1.RecordSpendingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordSpendingMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_BUDGET_LINES = 0;
  private static final int METHODID_GET_BUDGET_LINE = 1;
  private static final int METHODID_RECORD_SPENDING = 2;

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
        case METHODID_LIST_BUDGET_LINES:
          serviceImpl.listBudgetLines((vn.lachan.budget.v1.ListBudgetLinesRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.budget.v1.ListBudgetLinesResponse>) responseObserver);
          break;
        case METHODID_GET_BUDGET_LINE:
          serviceImpl.getBudgetLine((vn.lachan.budget.v1.GetBudgetLineRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.budget.v1.BudgetLine>) responseObserver);
          break;
        case METHODID_RECORD_SPENDING:
          serviceImpl.recordSpending((vn.lachan.budget.v1.RecordSpendingRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.budget.v1.Spending>) responseObserver);
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
          getListBudgetLinesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.budget.v1.ListBudgetLinesRequest,
              vn.lachan.budget.v1.ListBudgetLinesResponse>(
                service, METHODID_LIST_BUDGET_LINES)))
        .addMethod(
          getGetBudgetLineMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.budget.v1.GetBudgetLineRequest,
              vn.lachan.budget.v1.BudgetLine>(
                service, METHODID_GET_BUDGET_LINE)))
        .addMethod(
          getRecordSpendingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.budget.v1.RecordSpendingRequest,
              vn.lachan.budget.v1.Spending>(
                service, METHODID_RECORD_SPENDING)))
        .build();
  }

  private static abstract class BudgetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    BudgetServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return vn.lachan.budget.v1.Budget.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("BudgetService");
    }
  }

  private static final class BudgetServiceFileDescriptorSupplier
      extends BudgetServiceBaseDescriptorSupplier {
    BudgetServiceFileDescriptorSupplier() {}
  }

  private static final class BudgetServiceMethodDescriptorSupplier
      extends BudgetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    BudgetServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (BudgetServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new BudgetServiceFileDescriptorSupplier())
              .addMethod(getListBudgetLinesMethod())
              .addMethod(getGetBudgetLineMethod())
              .addMethod(getRecordSpendingMethod())
              .build();
        }
      }
    }
    return result;
  }
}
