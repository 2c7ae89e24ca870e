namespace Internships.Application.Features.Users;

/// <summary>The language the signed-in person chose for pages, messages and problem details.</summary>
public sealed record GetMyLanguageQuery : IQuery<LanguagePreferenceDto>;

public sealed class GetMyLanguageHandler(ICurrentUser user, IIdentityService identity) : IQueryHandler<GetMyLanguageQuery, LanguagePreferenceDto>
{
    public async ValueTask<LanguagePreferenceDto> Handle(GetMyLanguageQuery query, CancellationToken cancellationToken) =>
        new(await identity.GetPreferredLanguageAsync(user.UserId!.Value, cancellationToken), Languages.All);
}
