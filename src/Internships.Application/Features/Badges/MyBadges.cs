using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Domain.Badges;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Badges;

/// <summary>The signed-in student's backpack: every award, newest first, with links to all its public documents.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyBadgesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AwardDto>>, IPagedRequest;

public sealed class ListMyBadgesHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : IQueryHandler<ListMyBadgesQuery, PagedResult<AwardDto>>
{
    public async ValueTask<PagedResult<AwardDto>> Handle(ListMyBadgesQuery query, CancellationToken cancellationToken)
    {
        var page = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass)
            .Where(a => a.RecipientStudentId == user.StudentId)
            .OrderByDescending(a => a.IssuedAt).ThenByDescending(a => a.Id)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<AwardDto>(page.Items.Select(a => AwardDto.From(a, a.BadgeClass!, openBadges, clock.UtcNow)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}

/// <summary>
/// Everything the student has earned in portable form: each award's OB 2.0 assertion and its OB 3.0 VC-JWT,
/// to keep or to load into another backpack.
/// </summary>
[Authorize(Roles.Student)]
public sealed record ExportMyBadgesQuery : IQuery<JsonObject>;

public sealed class ExportMyBadgesHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : IQueryHandler<ExportMyBadgesQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(ExportMyBadgesQuery query, CancellationToken cancellationToken)
    {
        var awards = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass)
            .Where(a => a.RecipientStudentId == user.StudentId)
            .OrderBy(a => a.IssuedAt)
            .ToListAsync(cancellationToken);
        var badges = new JsonArray();
        foreach (var award in awards)
        {
            badges.Add(new JsonObject
            {
                ["id"] = award.PublicId.ToString(),
                ["name"] = award.BadgeClass!.Name,
                ["status"] = AwardDto.StatusOf(award, clock.UtcNow).ToString(),
                ["assertion"] = openBadges.AssertionDocument(award, award.BadgeClass),
                ["credential"] = openBadges.CredentialJwt(award, award.BadgeClass),
            });
        }

        return new JsonObject
        {
            ["exportedAt"] = clock.UtcNow.ToString("O"),
            ["issuer"] = openBadges.IssuerProfile(),
            ["badges"] = badges,
        };
    }
}

/// <summary>The student links work that shows what they did (a video, written work), to travel with the award as evidence.</summary>
[Authorize(Roles.Student)]
public sealed record AddAwardArtefactCommand(string Name, string Url, string? Description) : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class AddAwardArtefactValidator : AbstractValidator<AddAwardArtefactCommand>
{
    public AddAwardArtefactValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Url).NotEmpty().MaximumLength(500).Must(BadgeEvidenceRules.BeHttpUrl).WithMessage("'Url' must be an http or https address.");
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

public sealed class AddAwardArtefactHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<AddAwardArtefactCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(AddAwardArtefactCommand command, CancellationToken cancellationToken)
    {
        var award = await MyAwards.LoadAsync(db, user, command.AwardId, cancellationToken);
        award.AddArtefact(command.Name, command.Url, command.Description);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock.UtcNow);
    }
}

/// <summary>The student chooses whether the public pages show their name (hidden unless they say so).</summary>
[Authorize(Roles.Student)]
public sealed record SetAwardNameVisibilityCommand(bool ShowName) : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class SetAwardNameVisibilityHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<SetAwardNameVisibilityCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(SetAwardNameVisibilityCommand command, CancellationToken cancellationToken)
    {
        var award = await MyAwards.LoadAsync(db, user, command.AwardId, cancellationToken);
        award.ShowNamePublicly(command.ShowName);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock.UtcNow);
    }
}

internal static class MyAwards
{
    /// <summary>The signed-in student's own award; anyone else's is "not found".</summary>
    public static async Task<BadgeAward> LoadAsync(IAppDbContext db, ICurrentUser user, Guid awardId, CancellationToken cancellationToken) =>
        await db.BadgeAwards.Include(a => a.BadgeClass)
            .FirstOrDefaultAsync(a => a.PublicId == awardId && a.RecipientStudentId != null && a.RecipientStudentId == user.StudentId, cancellationToken)
        ?? throw NotFoundException.For("Award", awardId);
}
