using Bogus;
using Internships.Application.Common.Localization;
using Internships.Domain.Employers;
using Internships.Domain.Students;

namespace Internships.DemoData;

/// <summary>
/// Students' guardians and emergency contacts, and employers' insurance and worksite checks. They draw from a random
/// sequence of their own, so adding them changed nothing else the demo district holds.
/// </summary>
public sealed partial class DemoDistrictSeeder
{
    private static readonly (string Language, float Weight)[] HomeLanguages =
        [("English", 0.55f), ("Spanish", 0.3f), ("Hmong", 0.05f), ("Punjabi", 0.05f), ("Vietnamese", 0.03f), ("Tagalog", 0.02f)];

    private static readonly string[] Carriers = ["Valley Mutual Insurance", "Sierra Casualty", "Golden State Employers Insurance"];

    private readonly Randomizer _contactRandom = new(RandomSeed + 1);

    /// <summary>A parent or guardian (the emergency contact), sometimes a second adult, speaking the family's language.</summary>
    private void AddContacts(Student student)
    {
        var language = _contactRandom.WeightedRandom(HomeLanguages.Select(l => l.Language).ToArray(), HomeLanguages.Select(l => l.Weight).ToArray());
        var count = _contactRandom.Bool(0.45f) ? 2 : 1;
        string[] relationships = count == 1 ? [_contactRandom.ArrayElement(["Mother", "Father", "Guardian", "Grandmother"])] : ["Mother", "Father"];
        for (var i = 0; i < count; i++)
        {
            var (first, _) = DemoNames.Adult(_contactRandom);
            var email = _contactRandom.Bool(0.7f) ? $"{DemoNames.ForEmail(first)}.{DemoNames.ForEmail(student.LastName)}{_contactRandom.Number(1, 99)}@family.example" : null;
            student.AddContact(new StudentContactDetails($"{first} {student.LastName}", relationships[i],
                $"(559) 555-{_contactRandom.Number(200, 999):000}{_contactRandom.Number(0, 9)}", email, Languages.FromName(language) ?? Languages.English, IsEmergencyContact: i == 0));
        }
    }

    /// <summary>Employers with an agreement carry insurance, and most of their worksites are checked.</summary>
    private void RecordWorksites(District district)
    {
        foreach (var employer in district.Employers.Values.Where(e => e.PartnerAgreementSignedOn is not null))
        {
            var checkedOn = employer.PartnerAgreementSignedOn!.Value.AddDays(_contactRandom.Number(1, 20));
            var items = Enum.GetValues<WorksiteSafetyItem>().Where(_ => _contactRandom.Bool(0.85f))
                .ToDictionary(item => item, _ => checkedOn <= _today ? checkedOn : _today);
            employer.RecordWorksite(_contactRandom.ArrayElement(Carriers), $"GL-{_contactRandom.Number(100000, 999999)}",
                _today.AddMonths(_contactRandom.Number(2, 14)), items, "coordinator@demo.local");
        }
    }
}
