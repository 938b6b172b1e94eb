package vn.lachan.report;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.lachan.budget.v1.BudgetExecutionServiceGrpc;
import vn.lachan.budget.v1.Execution;
import vn.lachan.budget.v1.ExecutionFigures;
import vn.lachan.budget.v1.GetExecutionRequest;
import vn.lachan.budget.v1.LineExecution;
import vn.lachan.budget.v1.UnitExecution;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.test.CallerAuthorization;

/**
 * A stand-in budget-service on a local port for report-service's tests: answers GetExecution with the figures set
 * for a unit and year (split over two lines, with another unit's row beside, which must not count), records each
 * request and the authorization it carried, and fails every call with a set status while one is set. The real
 * budget-service is read in devstack's end-to-end tests.
 */
public final class StandInBudget extends BudgetExecutionServiceGrpc.BudgetExecutionServiceImplBase {

    /** Allocated, committed and spent đồng of a unit in a year. */
    public record Figures(long allocated, long committed, long spent) {
    }

    public record Call(GetExecutionRequest request, String authorization) {
    }


    private final Map<String, Figures> figures = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final ThreadLocal<String> authorization = new ThreadLocal<>();
    private volatile Status failure;
    private final Server server;

    private StandInBudget() {
        try {
            server = ServerBuilder.forPort(0)
                    .addService(ServerInterceptors.intercept(this, CallerAuthorization.keptIn(authorization))).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One stand-in for the whole test JVM (the Spring contexts are cached and share its port). */
    public static final StandInBudget SHARED = new StandInBudget();

    public String address() {
        return "static://localhost:" + server.getPort();
    }

    public void set(String unit, int year, Figures f) {
        figures.put(unit + "@" + year, f);
    }

    /** Every call fails with {@code status} from now on; null to answer again. */
    public void failWith(Status status) {
        failure = status;
    }

    public List<Call> callsFor(String unit) {
        return calls.stream().filter(c -> c.request().getUnit().equals(unit)).toList();
    }

    @Override
    public void getExecution(GetExecutionRequest request, StreamObserver<Execution> response) {
        calls.add(new Call(request, authorization.get()));
        Status failing = failure;
        if (failing != null) {
            response.onError(failing.asRuntimeException());
            return;
        }
        Figures f = figures.getOrDefault(request.getUnit() + "@" + request.getYear(), new Figures(0, 0, 0));
        // the unit's figures split over two lines; the lines' own figures are the province's, much larger
        LineExecution.Builder first = line(request.getYear() + "-PREVENTION")
                .addUnits(unit(request.getUnit(), f.allocated() / 2, f.committed() / 2, f.spent() / 2));
        LineExecution.Builder second = line(request.getYear() + "-COMBAT")
                .addUnits(unit(request.getUnit(), f.allocated() - f.allocated() / 2, f.committed() - f.committed() / 2,
                        f.spent() - f.spent() / 2));
        if (!request.getUnit().equals("so-tai-chinh")) {
            second.addUnits(unit("so-tai-chinh", 9_000_000, 0, 1_000_000)); // not the unit's: never counted
        }
        response.onNext(Execution.newBuilder().setYear(request.getYear()).addLines(first).addLines(second)
                .setTotal(figures(850_000_000, 0, 0, 0)).build());
        response.onCompleted();
    }

    static LineExecution.Builder line(String id) {
        return LineExecution.newBuilder().setLineId(id).setFigures(figures(300_000_000, 250_000_000, 40_000_000, 30_000_000));
    }

    static UnitExecution unit(String unit, long allocated, long committed, long spent) {
        return UnitExecution.newBuilder().setUnit(unit).setFigures(figures(0, allocated, committed, spent)).build();
    }

    static ExecutionFigures figures(long planned, long allocated, long committed, long spent) {
        return ExecutionFigures.newBuilder().setPlanned(money(planned)).setAllocated(money(allocated))
                .setCommitted(money(committed)).setSpent(money(spent)).setAvailable(money(allocated - committed)).build();
    }

    static Money money(long dong) {
        return Money.newBuilder().setDong(dong).build();
    }
}
