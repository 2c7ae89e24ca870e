using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>The matrix rows of pathway guidance: the questionnaire, a student's own profile, a student's profile read by others, interest by pathway.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly int[] SomeAnswers = Enumerable.Range(0, 30).Select(i => i % 3 + 1).ToArray();

    private static readonly Endpoint[] GuidanceEndpoints =
    [
        new("GET /api/guidance/questionnaire", (_, _) => Task.FromResult(Get("/api/guidance/questionnaire")),
            Rule([Actor.Coordinator, Actor.OwnStudent, Actor.OtherStudent])),
        new("PUT /api/me/interest-profile", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/me/interest-profile", new { answers = SomeAnswers })),
            Rule([Actor.OwnStudent, Actor.OtherStudent])),
        new("GET /api/me/interest-profile (after taking it)", async (w, actor) =>
        {
            await TakeQuestionnaireAsync(w, actor);
            return Get("/api/me/interest-profile");
        }, Rule([Actor.OwnStudent, Actor.OtherStudent])),
        new("GET /api/students/{own}/interest-profile", async (w, _) =>
        {
            await TakeQuestionnaireAsync(w, Actor.OwnStudent);
            return Get($"/api/students/{w.OwnStudent.StudentId}/interest-profile");
        }, Rule([Actor.Coordinator, Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("GET /api/dashboard/pathway-interest", (w, _) => Task.FromResult(Get($"/api/dashboard/pathway-interest?schoolId={w.SchoolId}")),
            Rule([Actor.Coordinator])),
    ];

    /// <summary>The actor, if a student, answers the questionnaire first (through their own client).</summary>
    private static async Task TakeQuestionnaireAsync(World w, Actor actor)
    {
        if (actor is Actor.OwnStudent or Actor.OtherStudent)
        {
            await w.ClientFor(actor).PutJsonAsync("/api/me/interest-profile", new { answers = SomeAnswers });
        }
    }
}
