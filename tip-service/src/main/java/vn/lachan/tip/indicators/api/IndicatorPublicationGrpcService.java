package vn.lachan.tip.indicators.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.tip.indicators.domain.ReviewRequest;
import vn.lachan.tip.intake.api.TipTranslator;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.indicators.IndicatorPublications;
import vn.lachan.tip.indicators.domain.PublicationBasis;
import vn.lachan.tip.indicators.domain.PublicationEvent;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.GetIndicatorStandingRequest;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.IndicatorPublicationEvent;
import vn.lachan.tip.v1.IndicatorPublicationServiceGrpc;
import vn.lachan.tip.v1.IndicatorReview;
import vn.lachan.tip.v1.IndicatorStanding;
import vn.lachan.tip.v1.KeepIndicatorPublishedRequest;
import vn.lachan.tip.v1.ListIndicatorReviewsRequest;
import vn.lachan.tip.v1.ListIndicatorReviewsResponse;
import vn.lachan.tip.v1.PublishIndicatorRequest;
import vn.lachan.tip.v1.WithdrawIndicatorRequest;

/** The police's management of what the public scam check publishes, over gRPC and REST. */
@GrpcService
public class IndicatorPublicationGrpcService extends IndicatorPublicationServiceGrpc.IndicatorPublicationServiceImplBase {

    private final IndicatorPublications publications;

    public IndicatorPublicationGrpcService(IndicatorPublications publications) {
        this.publications = publications;
    }

    @Override
    public void publishIndicator(PublishIndicatorRequest request, StreamObserver<IndicatorStanding> response) {
        reply(response, message(publications.publish(TipTranslator.type(request.getType()), request.getValue(),
                basis(request.getBasis()), request.getReason(), IdempotencyKeys.request(request, Callers.current()),
                Callers.current())));
    }

    @Override
    public void withdrawIndicator(WithdrawIndicatorRequest request, StreamObserver<IndicatorStanding> response) {
        reply(response, message(publications.withdraw(TipTranslator.type(request.getType()), request.getValue(),
                request.getReason(), request.getReviewId(), IdempotencyKeys.request(request, Callers.current()),
                Callers.current())));
    }

    @Override
    public void getIndicatorStanding(GetIndicatorStandingRequest request, StreamObserver<IndicatorStanding> response) {
        reply(response, message(publications.standing(TipTranslator.type(request.getType()), request.getValue(),
                Callers.current())));
    }

    @Override
    public void listIndicatorReviews(ListIndicatorReviewsRequest request,
                                     StreamObserver<ListIndicatorReviewsResponse> response) {
        var caller = Callers.current();
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var found = publications.reviews(request.getIncludeClosed(), paging.limit(), paging.offset(), caller);
        reply(response, ListIndicatorReviewsResponse.newBuilder()
                .addAllReviews(found.stream().map(IndicatorPublicationGrpcService::message).toList())
                .setNextPageToken(paging.nextToken(found.size()))
                .build());
    }

    @Override
    public void keepIndicatorPublished(KeepIndicatorPublishedRequest request, StreamObserver<IndicatorReview> response) {
        reply(response, message(publications.keep(request.getReviewId(), request.getNote(), Callers.current())));
    }

    private static PublicationBasis basis(vn.lachan.tip.v1.PublicationBasis basis) {
        return switch (basis) {
            case OFFICER_VERIFIED -> PublicationBasis.OFFICER_VERIFIED;
            case BANK_HOLD -> PublicationBasis.BANK_HOLD;
            case PROSECUTION -> PublicationBasis.PROSECUTION;
            default -> null;
        };
    }

    static IndicatorStanding message(IndicatorPublications.Standing s) {
        var message = IndicatorStanding.newBuilder()
                .setType(Indicator.Type.valueOf(s.key().type().name()))
                .setNormalized(s.key().normalized())
                .setPublicStatus(CheckIndicatorResponse.Status.valueOf(s.status().name()))
                .setProsecutedTips(s.prosecuted())
                .setWithdrawn(s.withdrawn());
        s.basis().ifPresent(b -> message.setBasis(vn.lachan.tip.v1.PublicationBasis.valueOf(b.name())));
        for (PublicationEvent e : s.history()) {
            var event = IndicatorPublicationEvent.newBuilder()
                    .setAction(IndicatorPublicationEvent.Action.valueOf(e.action().name()))
                    .setReason(e.reason()).setOfficer(e.officer()).setOfficerUnit(e.officerUnit())
                    .setAt(ProtoTime.timestamp(e.at()));
            if (e.basis() != null) {
                event.setBasis(vn.lachan.tip.v1.PublicationBasis.valueOf(e.basis().name()));
            }
            message.addHistory(event);
        }
        return message.build();
    }

    static IndicatorReview message(ReviewRequest r) {
        var message = IndicatorReview.newBuilder()
                .setId(r.id().toString())
                .setType(Indicator.Type.valueOf(r.key().type().name()))
                .setNormalized(r.key().normalized())
                .setReason(r.reason())
                .setContact(r.contact() == null ? "" : r.contact())
                .setRequestedAt(ProtoTime.timestamp(r.requestedAt()))
                .setState(IndicatorReview.State.valueOf(r.state()));
        if (r.closedAt() != null) {
            message.setClosedBy(r.closedBy()).setClosingNote(r.closingNote()).setClosedAt(ProtoTime.timestamp(r.closedAt()));
        }
        return message.build();
    }
}
