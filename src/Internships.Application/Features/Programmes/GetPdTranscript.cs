using Internships.Application.Common.Files;

namespace Internships.Application.Features.Programmes;

/// <summary>A participant's transcript of PD hours as a PDF: for the participant, the cohort's staff and coordinators.</summary>
[Authorize]
public sealed record GetPdTranscriptQuery(int EnrolmentId) : IQuery<FileDownload>;

public sealed class GetPdTranscriptAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<GetPdTranscriptQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetPdTranscriptQuery request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.View, cancellationToken);
}

public sealed class GetPdTranscriptHandler(IAppDbContext db, IReportRenderer renderer, IClock clock) : IQueryHandler<GetPdTranscriptQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetPdTranscriptQuery query, CancellationToken cancellationToken)
    {
        var enrolment = await db.ReadEnrolmentAsync(query.EnrolmentId, cancellationToken);
        var pdf = renderer.PdTranscript(enrolment, clock.UtcNow);
        return new FileDownload($"pd-transcript-{enrolment.Id}.pdf", "application/pdf", pdf.Pdf);
    }
}
