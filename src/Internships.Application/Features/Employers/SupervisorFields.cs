using FluentValidation;

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
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(60);
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(60);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.JobTitle).MaximumLength(80);
        RuleFor(x => x.Phone).MaximumLength(30);
    }
}
