namespace Internships.Domain.Guidance;

/// <summary>
/// One statement of the questionnaire and the interest it points to. <see cref="Key"/> names its words in the pages'
/// resource files ("Realistic.1", the first statement of its type), the same whatever the language.
/// </summary>
public sealed record InterestItem(int Number, HollandType Type, string Text, string Key);

/// <summary>
/// The district's own interest questionnaire: thirty short activities, five for each RIASEC type, each answered "not
/// for me", "maybe" or "I'd love it". Written for the district (not taken from any published instrument) and not a
/// validated psychometric test: it starts a conversation about pathways, it does not decide one. The types take turns
/// (R, I, A, S, E, C, R, …) so no run of questions gives its type away.
/// </summary>
public static class InterestQuestionnaire
{
    public const int NotForMe = 1;
    public const int Maybe = 2;
    public const int WouldLoveIt = 3;

    /// <summary>The answers a student chooses from, lowest first.</summary>
    public static IReadOnlyList<(int Value, string Label)> Scale { get; } =
        [(NotForMe, "Not for me"), (Maybe, "Maybe"), (WouldLoveIt, "I'd love it")];

    private static readonly string[][] Statements =
    [
        // Realistic: hands, tools, machines, outdoors.
        [
            "Fix a bike, a car or something broken at home",
            "Build something out of wood or metal",
            "Work outdoors with plants, animals or the land",
            "Wire up speakers, lights or a small circuit",
            "Drive or repair a tractor, a forklift or another big machine",
        ],
        // Investigative: finding out how and why.
        [
            "Work out why an experiment gave a strange result",
            "Read about how the body, space or the weather works",
            "Crack a hard maths or logic puzzle",
            "Collect data and look for the pattern in it",
            "Track down what is making people sick or a river dirty",
        ],
        // Artistic: making and designing.
        [
            "Draw or design a poster, a logo or a T-shirt",
            "Write a story, a song or a script",
            "Film and edit a video",
            "Act, dance or play music in front of people",
            "Plan how a room, a website or an outfit looks",
        ],
        // Social: helping, teaching, caring.
        [
            "Help a younger student with their homework",
            "Look after someone who is sick or hurt",
            "Listen to a friend's problem and help them sort it out",
            "Coach a team or run games for kids",
            "Volunteer at a food bank or a community event",
        ],
        // Enterprising: leading, persuading, selling.
        [
            "Sell things you made or start a small business",
            "Talk a group into going with your plan",
            "Lead a club or a team project",
            "Pitch an idea to a panel to win money for it",
            "Bargain for a better price or deal",
        ],
        // Conventional: organising, checking, keeping records.
        [
            "Keep a budget and track where the money goes",
            "Sort files, photos or a schedule so anything is easy to find",
            "Check a report or a spreadsheet for mistakes",
            "Follow clear steps to get a task exactly right",
            "Keep a club's records: members, payments and dates",
        ],
    ];

    /// <summary>The statements in the order they are asked, numbered from 1.</summary>
    public static IReadOnlyList<InterestItem> Items { get; } =
        Enumerable.Range(0, 30)
            .Select(i => new InterestItem(i + 1, (HollandType)(i % 6), Statements[i % 6][i / 6], $"{(HollandType)(i % 6)}.{i / 6 + 1}"))
            .ToList();

    public static int Count => Items.Count;

    /// <summary>The lowest and highest score a type can have (every answer "not for me", every answer "I'd love it").</summary>
    public static (int Min, int Max) ScoreRange(HollandType type)
    {
        var items = Items.Count(i => i.Type == type);
        return (items * NotForMe, items * WouldLoveIt);
    }

    public static bool IsAnswer(int value) => value is >= NotForMe and <= WouldLoveIt;

    /// <summary>A type in a student's words, for the reasons shown with a suggestion ("helping people").</summary>
    public static string Describe(HollandType type) => type switch
    {
        HollandType.Realistic => "working with your hands and tools",
        HollandType.Investigative => "figuring out how things work",
        HollandType.Artistic => "creating and designing",
        HollandType.Social => "helping people",
        HollandType.Enterprising => "leading and persuading",
        HollandType.Conventional => "organising things",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
