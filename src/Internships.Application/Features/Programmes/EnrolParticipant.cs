using Internships.Domain.Common;
using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>
/// A coordinator enrols a person with an account (after-school staff, a trainer, a supervisor) in a cohort, for the
/// organisation they work for when its organisation badges should count them. A fee is owed when the programme has one.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record EnrolParticipantCommand(int? UserId, string Name, int? OrganisationId) : ICommand<EnrolmentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int CohortId { get; init; }

    /// <summary>The participant named by e-mail address instead of id (as the coordinator's page asks); an id given wins.</summary>
    public string? Email { get; init; }
}

public sealed class EnrolParticipantValidator : AbstractValidator<EnrolParticipantCommand>
{
    public EnrolParticipantValidator(IAppDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().When(x => x.UserId is null).WithMessageKey("Programmes.ParticipantRequired");
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Programmes.ParticipantNameRequired").MaximumLength(200).WithMessageKey("Programmes.NameTooLong");
        RuleFor(x => x.OrganisationId).MustAsync(async (id, ct) => id is null || await db.Employers.AnyAsync(e => e.Id == id, ct))
            .WithMessageKey("Programmes.NoSuchOrganisation");
    }
}

public sealed class EnrolParticipantHandler(IAppDbContext db, IIdentityService accounts, IClock clock) : ICommandHandler<EnrolParticipantCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(EnrolParticipantCommand command, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.Include(c => c.Programme).FirstOrDefaultAsync(c => c.Id == command.CohortId, cancellationToken)
            ?? throw NotFoundException.For("Cohort", command.CohortId);
        var account = await accounts.FindByIdOrEmailAsync(command.UserId, command.Email, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(command.UserId is null ? nameof(command.Email) : nameof(command.UserId),
                ValidationText.Get("Programmes.NoSuchAccount"))]);
        }

        if (await db.ProgrammeEnrolments.AnyAsync(e => e.CohortId == cohort.Id && e.ParticipantUserId == account.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Programmes.AlreadyEnrolled, $"{command.Name.Trim()} is enrolled in '{cohort.Name}' already.", command.Name.Trim(), cohort.Name);
        }

        var enrolment = new ProgrammeEnrolment(cohort, account.Id, command.Name, account.Email, command.OrganisationId, cohort.Programme!.FeeAmount,
            clock.UtcNow);
        db.ProgrammeEnrolments.Add(enrolment);
        // The organisation's tally of completions exists before any of its staff completes: completions only count it.
        if (command.OrganisationId is { } organisation
            && !await db.StaffCompletionTallies.AnyAsync(t => t.ProgrammeId == cohort.ProgrammeId && t.OrganisationId == organisation, cancellationToken))
        {
            db.StaffCompletionTallies.Add(new StaffCompletionTally(cohort.ProgrammeId, organisation));
        }

        // Saved here to read back the new enrolment's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadEnrolmentAsync(enrolment.Id, cancellationToken);
    }
}
