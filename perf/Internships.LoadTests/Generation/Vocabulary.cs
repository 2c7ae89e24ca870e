using Internships.Domain.Pathways;

namespace Internships.LoadTests.Generation;

/// <summary>A career pathway of the generated district, with the words its postings are written in.</summary>
internal sealed record PathwaySpec(
    string Name,
    IndustrySector Sector,
    string[] Courses,
    string[] Roles,
    string[] Tasks,
    string[] Skills);

/// <summary>
/// The words generated postings are made of. Titles and descriptions mix pathway-specific roles, tasks and skills
/// with common phrases, so a text search for a word such as "nurse", "python" or "weekend" matches a realistic
/// share of the postings and has to read real text to find them.
/// </summary>
internal static class Vocabulary
{
    public static readonly PathwaySpec[] Pathways =
    [
        new("Software and Systems Development", IndustrySector.InformationAndCommunicationTechnologies,
            ["Computer Science Principles", "Programming in Python", "Web Development", "Software Engineering Capstone"],
            ["Software Developer Intern", "Web Developer Intern", "IT Help Desk Assistant", "Data Analyst Intern", "QA Tester",
                "Network Support Technician", "Cybersecurity Intern", "Game Developer Intern"],
            ["fix bugs in our customer website", "answer help desk tickets from staff", "write automated tests",
                "clean up spreadsheets and build simple dashboards", "set up laptops and printers for new employees",
                "help migrate files to cloud storage", "document how our internal tools work"],
            ["JavaScript", "Python", "SQL databases", "HTML and CSS", "Excel", "Linux command line", "Git"]),
        new("Patient Care", IndustrySector.HealthScienceAndMedicalTechnology,
            ["Introduction to Health Careers", "Medical Terminology", "Anatomy and Physiology", "Patient Care Practicum"],
            ["Medical Office Assistant", "Pharmacy Technician Intern", "Physical Therapy Aide", "Dental Office Assistant",
                "Nursing Assistant Shadow", "Patient Transport Aide", "Lab Assistant Intern"],
            ["greet patients and check them in", "shadow a registered nurse on the ward", "restock exam rooms",
                "file patient charts under HIPAA rules", "help physical therapists set up equipment",
                "take vital signs under supervision"],
            ["CPR certification", "medical terminology", "customer service", "bilingual Spanish", "attention to detail"]),
        new("Engineering Design", IndustrySector.EngineeringAndArchitecture,
            ["Introduction to Engineering Design", "Principles of Engineering", "Civil Engineering and Architecture", "Engineering Design and Development"],
            ["CAD Drafting Intern", "Mechanical Engineering Intern", "Civil Engineering Assistant", "Robotics Lab Assistant",
                "Surveying Assistant", "Manufacturing Engineering Intern"],
            ["draw parts in CAD", "measure prototypes and record results", "assist a survey crew in the field",
                "program and test a robot arm", "prepare drawings for a building permit", "3D print test fixtures"],
            ["AutoCAD", "SolidWorks", "3D printing", "algebra and geometry", "Arduino", "teamwork"]),
        new("Business Management", IndustrySector.BusinessAndFinance,
            ["Introduction to Business", "Accounting I", "Business Communications", "Entrepreneurship"],
            ["Bookkeeping Assistant", "Office Administration Intern", "Marketing Assistant", "Sales Associate Intern",
                "Human Resources Intern", "Bank Teller Trainee", "Retail Management Trainee"],
            ["enter invoices and reconcile receipts", "answer phones and schedule appointments", "plan social media posts",
                "help count inventory", "prepare mailings to customers", "greet customers and process payments"],
            ["Excel", "QuickBooks", "customer service", "public speaking", "bilingual Spanish", "cash handling"]),
        new("Residential and Commercial Construction", IndustrySector.BuildingAndConstruction,
            ["Construction Technology I", "Construction Technology II", "Electrical Fundamentals", "Construction Capstone"],
            ["Carpentry Apprentice", "Electrician Helper", "Construction Site Assistant", "HVAC Technician Helper",
                "Plumbing Apprentice", "Solar Installer Trainee"],
            ["frame walls on a residential site", "pull wire alongside a licensed electrician", "keep the job site clean and safe",
                "help install solar panels", "read blueprints with the foreman", "load and unload materials"],
            ["OSHA 10 safety card", "hand and power tools", "reading a tape measure", "physical stamina", "teamwork"]),
        new("Design, Visual and Media Arts", IndustrySector.ArtsMediaAndEntertainment,
            ["Digital Art I", "Graphic Design", "Video Production", "Media Arts Portfolio"],
            ["Graphic Design Intern", "Video Production Assistant", "Photography Assistant", "Social Media Content Creator",
                "Animation Studio Intern", "Sound Technician Intern"],
            ["design flyers and posters", "edit short videos for social media", "assist on photo shoots",
                "run sound for live events", "update the company website images", "storyboard a short animation"],
            ["Adobe Photoshop", "Adobe Premiere", "photography", "Canva", "a portfolio of your work", "creativity"]),
        new("Hospitality, Tourism and Recreation", IndustrySector.HospitalityTourismAndRecreation,
            ["Introduction to Hospitality", "Culinary Arts I", "Culinary Arts II", "Event Management"],
            ["Hotel Front Desk Intern", "Line Cook Trainee", "Event Planning Assistant", "Recreation Program Aide",
                "Catering Assistant", "Tour Guide Trainee"],
            ["check guests in and answer questions", "prepare food on the line", "set up tables for weddings and banquets",
                "lead games at the community center", "give tours of the historic downtown", "help run weekend events"],
            ["food handler card", "customer service", "bilingual Spanish", "weekend availability", "teamwork"]),
        new("Agriscience", IndustrySector.AgricultureAndNaturalResources,
            ["Agriscience I", "Animal Science", "Plant and Soil Science", "Agricultural Mechanics"],
            ["Greenhouse Assistant", "Farm Operations Intern", "Veterinary Clinic Helper", "Environmental Field Technician",
                "Landscape Crew Member", "Animal Care Assistant"],
            ["water and transplant seedlings in the greenhouse", "feed and care for livestock", "collect water samples from the creek",
                "assist the veterinarian with animal exams", "maintain irrigation lines", "help at the farmers market"],
            ["animal handling", "driver's license", "working outdoors", "plant identification", "physical stamina"]),
        new("Public Safety", IndustrySector.PublicServices,
            ["Introduction to Public Safety", "Criminal Justice", "Emergency Response", "Law and Society"],
            ["Fire Station Cadet", "Emergency Dispatch Intern", "Legal Office Assistant", "City Hall Intern",
                "Police Explorer Aide", "Court Clerk Assistant"],
            ["shadow firefighters during station drills", "listen in on dispatch calls", "organize case files for attorneys",
                "help the city clerk answer public questions", "assist at community safety events"],
            ["CPR certification", "clear communication", "confidentiality", "bilingual Spanish", "calm under pressure"]),
        new("Child Development", IndustrySector.EducationAndChildDevelopment,
            ["Child Development I", "Child Development II", "Teaching and Learning", "Education Practicum"],
            ["Preschool Classroom Aide", "After-School Tutor", "Summer Camp Counselor", "Library Assistant",
                "Special Education Aide", "Swim Instructor Trainee"],
            ["read stories to preschoolers", "tutor elementary students in math", "lead crafts at summer camp",
                "shelve books and run the children's story hour", "support students with special needs in class"],
            ["patience", "CPR certification", "TB test", "bilingual Spanish", "lifeguard certification"]),
    ];

    public static readonly string[] TitlePrefixes = ["", "", "", "Summer ", "Part-Time ", "Paid ", "Weekend ", "After-School "];

    public static readonly string[] TitleSuffixes = ["", "", "", "", " - Downtown", " - North Campus", " (Weekends)", " (Hybrid)"];

    public static readonly string[] Openers =
    [
        "{0} is looking for a motivated high school student to join our team.",
        "Join {0} this season and see what a career in this field is really like.",
        "At {0} you will work alongside experienced staff who enjoy teaching.",
        "{0} has hosted student interns from the district for several years.",
    ];

    public static readonly string[] Closers =
    [
        "Training is provided on the first day.",
        "Hours are flexible around your class schedule.",
        "Interns who do well may be offered a summer job.",
        "A supervisor will meet with you every week to review your goals.",
        "Public transit stops right outside our office.",
        "Closed-toe shoes are required; we provide any safety gear.",
    ];

    public static readonly string[] Cities =
    [
        "Riverside", "Oak Grove", "Maple Heights", "Cedar Falls", "Lakeview", "Pine Ridge", "Fairview", "Springfield",
        "Brookside", "Hillcrest", "Westfield", "Eastport", "Sunnyvale", "Greenville", "Harbor City",
    ];

    public static readonly string[] StatementOpeners =
    [
        "I am excited to apply because",
        "I have wanted to work in this field since middle school and",
        "My teachers say I am reliable, and",
        "I would like to gain real experience because",
    ];

    public static readonly string[] StatementBodies =
    [
        "I have completed the pathway courses at my school and enjoyed the hands-on projects.",
        "I volunteer every weekend and I am comfortable working with the public.",
        "I am a quick learner and I am not afraid to ask questions.",
        "I want to see how the skills from class are used at a real workplace.",
        "I can work after school on weekdays and on Saturdays.",
    ];
}
