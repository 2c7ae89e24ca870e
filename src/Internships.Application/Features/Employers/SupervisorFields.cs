namespace Internships.Application.Features.Employers;

/// <summary>
/// What an employer records about a supervisor: the fields of <see cref="AddSupervisorCommand"/> and
/// <see cref="UpdateSupervisorCommand"/>, written once. A name or an address left out of the body stays null, for
/// the validator to name (as it would be on a positional record).
/// </summary>
public abstract record SupervisorFields
{
    public string FirstName { get; init; } = null!;

    public string LastName { get; init; } = null!;

    public string Email { get; init; } = null!;

    public string? JobTitle { get; init; }

    public string? Phone { get; init; }
}

internal sealed class SupervisorFieldsValidator : AbstractValidator<SupervisorFields>
{
    public SupervisorFieldsValidator()
    {
        // Messages name each field as the pages label it.
        RuleFor(x => x.FirstName).NotEmpty().WithMessageKey("Supervisors.FirstNameRequired").MaximumLength(60).WithMessageKey("Supervisors.FirstNameTooLong");
        RuleFor(x => x.LastName).NotEmpty().WithMessageKey("Supervisors.LastNameRequired").MaximumLength(60).WithMessageKey("Supervisors.LastNameTooLong");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Supervisors.EmailRequired")
            .MaximumLength(254).WithMessageKey("Supervisors.EmailTooLong")
            .EmailAddress().WithMessageKey("Supervisors.EmailFormat");
        RuleFor(x => x.JobTitle).MaximumLength(80).WithMessageKey("Supervisors.JobTitleTooLong");
        RuleFor(x => x.Phone).MaximumLength(30).WithMessageKey("Supervisors.PhoneTooLong");
    }
}
