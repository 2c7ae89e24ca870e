using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Schools;

[Authorize(Roles.Coordinator)]
public sealed record UpdateSchoolCommand(string Name, string Code, string? City) : ICommand<SchoolDto>, IHasExpectedVersion, ISchoolFields
{
    [JsonIgnore]
    public int SchoolId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Schools.School>(SchoolId);
}

public sealed class UpdateSchoolValidator : AbstractValidator<UpdateSchoolCommand>
{
    public UpdateSchoolValidator() => Include(new SchoolFieldsValidator());
}

public sealed class UpdateSchoolHandler(IAppDbContext db) : ICommandHandler<UpdateSchoolCommand, SchoolDto>
{
    public async ValueTask<SchoolDto> Handle(UpdateSchoolCommand command, CancellationToken cancellationToken)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == command.SchoolId, cancellationToken)
            ?? throw NotFoundException.For("School", command.SchoolId);
        var code = command.Code.Trim();
        if (await db.Schools.AnyAsync(s => s.Code == code && s.Id != school.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Schools.CodeTaken, $"Another school already has code {code}.", code);
        }

        school.Update(command.Name, code, command.City);
        // Saved here so the answer carries the new version (the ETag); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return SchoolDto.From(school);
    }
}
