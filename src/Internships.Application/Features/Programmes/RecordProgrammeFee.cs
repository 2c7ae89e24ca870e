using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>A coordinator records a participant's fee as paid, waived or owed (no payment is taken here).</summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordProgrammeFeeCommand(FeeStatus Status) : ICommand<EnrolmentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int EnrolmentId { get; init; }
}

public sealed class RecordProgrammeFeeValidator : AbstractValidator<RecordProgrammeFeeCommand>
{
    public RecordProgrammeFeeValidator() =>
        RuleFor(x => x.Status).IsInEnum().WithMessageKey("Programmes.FeeStatusRequired").NotEqual(FeeStatus.None).WithMessageKey("Programmes.FeeStatusRequired");
}

public sealed class RecordProgrammeFeeAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<RecordProgrammeFeeCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RecordProgrammeFeeCommand request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.Fee, cancellationToken);
}

public sealed class RecordProgrammeFeeHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<RecordProgrammeFeeCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(RecordProgrammeFeeCommand command, CancellationToken cancellationToken)
    {
        var enrolment = await db.LoadEnrolmentAsync(command.EnrolmentId, cancellationToken);
        enrolment.RecordFee(command.Status, user.AccountName(), clock.UtcNow);
        // Saved here so the read below sees the fee; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadEnrolmentAsync(enrolment.Id, cancellationToken);
    }
}
