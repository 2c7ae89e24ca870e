namespace Internships.Domain.Pathways;

/// <summary>The industry sectors career pathways are organised under.</summary>
public enum IndustrySector
{
    AgricultureAndNaturalResources,
    ArtsMediaAndEntertainment,
    BuildingAndConstruction,
    BusinessAndFinance,
    EducationAndChildDevelopment,
    EnergyEnvironmentAndUtilities,
    EngineeringAndArchitecture,
    HealthScienceAndMedicalTechnology,
    HospitalityTourismAndRecreation,
    InformationAndCommunicationTechnologies,
    ManufacturingAndProductDevelopment,
    MarketingSalesAndService,
    PublicServices,
    TransportationAndLogistics,
}
