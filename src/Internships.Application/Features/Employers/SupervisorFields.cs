using FluentValidation;

namespace Internships.Application.Features.Employers;

public interface ISupervisorFields
{
    string FirstName { get; }

    string LastName { get; }

    string Email { get; }

    string? JobTitle { get; }

    string? Phone { get; }
}

internal sealed class SupervisorFieldsValidator : AbstractValidator<ISupervisorFields>
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
