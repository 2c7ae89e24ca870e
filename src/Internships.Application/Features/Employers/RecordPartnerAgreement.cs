using System.Text.Json.Serialization;
using Internships.Application.Common.Files;

namespace Internships.Application.Features.Employers;

/// <summary>
/// A coordinator records the partner agreement the district signed with an employer: the day it was signed, when it
/// expires, and (from the page) the signed document as a PDF. The district opens postings only while it is in force.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordPartnerAgreementCommand(DateOnly SignedOn, DateOnly? ExpiresOn) : ICommand<EmployerDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int EmployerId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Employers.Employer>(EmployerId);

    /// <summary>The signed agreement, uploaded with the page's form (through the API: <see cref="UploadPartnerAgreementDocumentCommand"/>).</summary>
    [JsonIgnore]
    public UploadedFile? Document { get; init; }
}

public sealed class RecordPartnerAgreementValidator : AbstractValidator<RecordPartnerAgreementCommand>
{
    public RecordPartnerAgreementValidator(IClock clock)
    {
        RuleFor(x => x.SignedOn).Cascade(CascadeMode.Stop)
            .NotEqual(default(DateOnly)).WithMessageKey("Agreement.SignedOnRequired")
            .LessThanOrEqualTo(_ => clock.Today).WithMessageKey("Agreement.SignedInFuture");
        RuleFor(x => x.ExpiresOn).GreaterThan(x => x.SignedOn).When(x => x.ExpiresOn is not null && x.SignedOn != default)
            .WithMessageKey("Agreement.ExpiresBeforeSigned");
        RuleFor(x => x.Document).SignedPdf("Uploads.SignedAgreement");
    }
}

public sealed class RecordPartnerAgreementHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<RecordPartnerAgreementCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(RecordPartnerAgreementCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.LoadEmployerAsync(command.EmployerId, cancellationToken);
        employer.RecordPartnerAgreement(command.SignedOn, command.ExpiresOn);
        if (command.Document is { } document)
        {
            await db.UsePartnerAgreementDocumentAsync(employer, document, user, clock.UtcNow, cancellationToken);
        }

        return EmployerDto.From(employer);
    }
}
