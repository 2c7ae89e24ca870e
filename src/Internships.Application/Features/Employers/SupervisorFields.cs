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
        RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter the supervisor's first name.").MaximumLength(60).WithMessage("The first name is at most 60 characters.");
        RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the supervisor's last name.").MaximumLength(60).WithMessage("The last name is at most 60 characters.");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the supervisor's e-mail address.")
            .MaximumLength(254).WithMessage("The e-mail address is at most 254 characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.org.");
        RuleFor(x => x.JobTitle).MaximumLength(80).WithMessage("The job title is at most 80 characters.");
        RuleFor(x => x.Phone).MaximumLength(30).WithMessage("The phone number is at most 30 characters.");
    }
}
