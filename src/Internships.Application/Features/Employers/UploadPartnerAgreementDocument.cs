using Internships.Application.Common.Files;

namespace Internships.Application.Features.Employers;

/// <summary>A coordinator uploads (or replaces) the signed partner agreement, a PDF, once its signing date is recorded.</summary>
[Authorize(Roles.Coordinator)]
public sealed record UploadPartnerAgreementDocumentCommand(int EmployerId, UploadedFile Document) : ICommand<EmployerDto>;

public sealed class UploadPartnerAgreementDocumentValidator : AbstractValidator<UploadPartnerAgreementDocumentCommand>
{
    public UploadPartnerAgreementDocumentValidator() =>
        RuleFor(x => x.Document).NotNull().WithMessageKey("Agreement.DocumentRequired").SignedPdf("Uploads.SignedAgreement");
}

public sealed class UploadPartnerAgreementDocumentHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<UploadPartnerAgreementDocumentCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(UploadPartnerAgreementDocumentCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.LoadEmployerAsync(command.EmployerId, cancellationToken);
        await db.UsePartnerAgreementDocumentAsync(employer, command.Document, user, clock.UtcNow, cancellationToken);
        return EmployerDto.From(employer);
    }
}
