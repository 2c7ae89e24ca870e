using System.Globalization;
using System.Text;
using Bogus;

namespace Internships.DemoData;

/// <summary>
/// Names for the demo's people, drawn to look like a California valley district rather than Bogus's default locale.
/// Students get names common for teenagers today; staff get names of their parents' generation.
/// </summary>
internal static class DemoNames
{
    private static readonly Heritage[] Heritages =
    [
        new(Weight: 0.42f,
            Youth: ["Sofia", "Isabella", "Camila", "Valeria", "Ximena", "Daniela", "Natalia", "Mariana", "Alondra", "Jazmin", "Genesis", "Arely",
                "Mateo", "Santiago", "Diego", "Adrian", "Angel", "Jesus", "Luis", "Emiliano", "Julian", "Joaquin", "Alejandro", "Andres", "Leonardo", "Cristian"],
            Adult: ["Maria", "Rosa", "Veronica", "Patricia", "Guadalupe", "Claudia", "Jose", "Miguel", "Ricardo", "Javier", "Hector", "Raul"],
            Last: ["Garcia", "Hernandez", "Martinez", "Lopez", "Gonzalez", "Rodriguez", "Perez", "Sanchez", "Ramirez", "Flores", "Torres",
                "Rivera", "Gutierrez", "Morales", "Cruz", "Ortiz", "Mendoza", "Castillo", "Vargas", "Ruiz", "Alvarez", "Chavez", "Ramos",
                "Medina", "Aguilar", "Contreras", "Salazar", "Estrada", "Navarro", "Ochoa", "Cervantes", "Zamora", "Delgado", "Fuentes"]),
        new(Weight: 0.27f,
            Youth: ["Emma", "Olivia", "Ava", "Abigail", "Madison", "Chloe", "Hannah", "Avery", "Lily", "Addison", "Claire", "Brooklyn",
                "Ethan", "Noah", "Liam", "Mason", "Logan", "Wyatt", "Carter", "Owen", "Caleb", "Hunter", "Tyler", "Cole", "Brody", "Gavin"],
            Adult: ["Jennifer", "Amy", "Heather", "Melissa", "Karen", "Julie", "Michael", "David", "Brian", "Jason", "Scott", "Greg"],
            Last: ["Anderson", "Miller", "Johnson", "Thompson", "Wilson", "Peterson", "Schmidt", "Walker", "Hansen", "Baker", "Carlson",
                "Bennett", "Foster", "Harper", "Nelson", "Sullivan", "McCarthy", "Russo", "Brooks", "Jensen", "Kowalski", "Dutra", "Silva",
                "Mendes", "Avila", "Lindqvist", "O'Brien", "Fischer"]),
        new(Weight: 0.07f,
            Youth: ["Mai", "Pa Houa", "Nou", "Maiyer", "Kalia", "Gaoly", "Tou", "Kou", "Fue", "Xee", "Teng", "Chue"],
            Adult: ["Pao", "Neng", "Chong", "Yia", "Choua", "Mai"],
            Last: ["Vang", "Xiong", "Yang", "Lee", "Thao", "Her", "Moua", "Lor", "Vue", "Chang"]),
        new(Weight: 0.05f,
            Youth: ["Harpreet", "Simran", "Jaspreet", "Manpreet", "Navneet", "Arjun", "Karan", "Gurveer", "Jasleen", "Rohan", "Priya", "Ananya"],
            Adult: ["Rajinder", "Sukhwinder", "Amandeep", "Kulwant", "Sunita", "Vikram"],
            Last: ["Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Sidhu", "Grewal", "Bains", "Patel", "Sharma"]),
        new(Weight: 0.07f,
            Youth: ["Linh", "Khanh", "Minh", "Bao", "Vy", "Anh", "Kevin", "Jenny", "Kyla", "Angelo", "Janelle", "Nathaniel", "Ethan", "Chloe", "Ryan", "Sophia"],
            Adult: ["Thanh", "Hoa", "Tuan", "Maricel", "Rodel", "Grace", "Wei", "Helen", "Daniel", "Susan"],
            Last: ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Santos", "Bautista", "Dela Cruz", "Pascual", "Aquino",
                "Chen", "Wong", "Lin", "Kim", "Park", "Nakamura", "Tanaka"]),
        new(Weight: 0.07f,
            Youth: ["Jaylen", "Malik", "Jordan", "Isaiah", "Darius", "Xavier", "Elijah", "Chidi", "Aaliyah", "Imani", "Nia", "Jada", "Kiara",
                "Zuri", "Amara", "Selam"],
            Adult: ["Tanya", "Monique", "Denise", "Andre", "Marcus", "Darnell", "Ngozi", "Kwame"],
            Last: ["Washington", "Jackson", "Robinson", "Harris", "Coleman", "Booker", "Jefferson", "Okafor", "Mensah", "Adeyemi", "Tesfaye", "Bekele"]),
        new(Weight: 0.05f,
            Youth: ["Omar", "Yusuf", "Layla", "Noor", "Zainab", "Ali", "Samir", "Mariam", "Malia", "Keanu", "Sione", "Leilani"],
            Adult: ["Nadia", "Khalid", "Fatima", "Tevita", "Mele", "Rami"],
            Last: ["Haddad", "Khalil", "Saleh", "Nasser", "Rahimi", "Karimi", "Mansour", "Fifita", "Taufa", "Kealoha", "Mahoe"]),
    ];

    private static readonly float[] Weights = Heritages.Select(h => h.Weight).ToArray();

    // Families are not tidy categories: some students' first names come from anywhere.
    public static (string First, string Last) Student(Randomizer random) => Pick(random, h => h.Youth, mixedChance: 0.12f);

    public static (string First, string Last) Adult(Randomizer random) => Pick(random, h => h.Adult, mixedChance: 0f);

    /// <summary>A name as it can appear in an e-mail address: lower case ASCII letters only.</summary>
    public static string ForEmail(string name)
    {
        var letters = name.Normalize(NormalizationForm.FormD)
            .Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            .ToArray();
        return new string(letters).ToLower(CultureInfo.InvariantCulture);
    }

    private static (string First, string Last) Pick(Randomizer random, Func<Heritage, string[]> firstNames, float mixedChance)
    {
        var family = random.WeightedRandom(Heritages, Weights);
        var firstFrom = random.Bool(mixedChance) ? random.ArrayElement(Heritages) : family;
        return (random.ArrayElement(firstNames(firstFrom)), random.ArrayElement(family.Last));
    }

    private sealed record Heritage(float Weight, string[] Youth, string[] Adult, string[] Last);
}
