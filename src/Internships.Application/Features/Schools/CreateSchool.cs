using Internships.Domain.Common;
using Internships.Domain.Schools;

namespace Internships.Application.Features.Schools;

[Authorize(Roles.Coordinator)]
public sealed record CreateSchoolCommand(string Name, string Code, string? City) : ICommand<SchoolDto>, ISchoolFields;

public sealed class CreateSchoolValidator : AbstractValidator<CreateSchoolCommand>
{
    public CreateSchoolValidator() => Include(new SchoolFieldsValidator());
}

public sealed class CreateSchoolHandler(IAppDbContext db) : ICommandHandler<CreateSchoolCommand, SchoolDto>
{
    public async ValueTask<SchoolDto> Handle(CreateSchoolCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim();
        if (await db.Schools.AnyAsync(s => s.Code == code, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Schools.CodeExists, $"A school with code {code} already exists.", code);
        }

        var school = new School(command.Name, code, command.City);
        db.Schools.Add(school);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return SchoolDto.From(school);
    }
}
