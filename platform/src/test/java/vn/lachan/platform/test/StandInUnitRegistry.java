package vn.lachan.platform.test;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.lachan.report.v1.GetUnitRequest;
import vn.lachan.report.v1.Unit;
import vn.lachan.report.v1.UnitServiceGrpc;

/**
 * A stand-in unit registry on a local port for the services' own tests (report-service, the real registry, is built
 * after them): answers {@code UnitService.GetUnit} from the shipped table itself,
 * {@code report-service/src/main/resources/units/units.tsv} (ADR 0004), refuses a call without a token as the real one
 * does, records the authorization each call carried, and fails every call with a set status while one is set. The
 * real report-service answers in devstack's end-to-end tests.
 */
public final class StandInUnitRegistry extends UnitServiceGrpc.UnitServiceImplBase {

    static final Path TABLE = Path.of("report-service", "src", "main", "resources", "units", "units.tsv");

    /** One stand-in for the whole test JVM (the Spring contexts are cached and share its port). */
    public static final StandInUnitRegistry SHARED = new StandInUnitRegistry();

    private final Map<String, Unit> units;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final ThreadLocal<String> authorization = new ThreadLocal<>();
    private volatile Status failure;
    private final Server server;

    private StandInUnitRegistry() {
        units = read(LocalKeycloak.repoRoot().resolve(TABLE));
        try {
            server = ServerBuilder.forPort(0)
                    .addService(ServerInterceptors.intercept(this, CallerAuthorization.keptIn(authorization))).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String address() {
        return "static://localhost:" + server.getPort();
    }

    /** Every call fails with {@code status} from now on; null to answer again. */
    public void failWith(Status status) {
        failure = status;
    }

    /** The authorization header of every call so far, in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void getUnit(GetUnitRequest request, StreamObserver<Unit> response) {
        String caller = authorization.get();
        authorizations.add(caller == null ? "" : caller);
        Status failing = failure;
        if (failing != null) {
            response.onError(failing.asRuntimeException());
        } else if (caller == null) {
            response.onError(Status.UNAUTHENTICATED.withDescription("no token").asRuntimeException());
        } else if (!units.containsKey(request.getCode())) {
            response.onError(Status.NOT_FOUND.withDescription("unit " + request.getCode()).asRuntimeException());
        } else {
            response.onNext(units.get(request.getCode()));
            response.onCompleted();
        }
    }

    /** The table's rows by code: comment lines start with '#', the first other line names the columns. */
    static Map<String, Unit> read(Path table) {
        Map<String, Unit> byCode = new HashMap<>();
        List<String> columns = null;
        try {
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (columns == null) {
                    columns = cells;
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), cells.get(i));
                }
                Unit.Builder unit = Unit.newBuilder().setCode(row.get("code")).setKind(row.get("kind"))
                        .setStateBody(row.get("state_body").equals("yes")).setParent(row.get("parent"))
                        .setValidFrom(row.get("valid_from")).setValidTo(row.get("valid_to"))
                        .setNameVi(row.get("name_vi")).setNameEn(row.get("name_en")).setSource(row.get("source"));
                if (!row.get("successors").isEmpty()) {
                    unit.addAllSuccessors(List.of(row.get("successors").split(",")));
                }
                byCode.put(unit.getCode(), unit.build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byCode);
    }
}
