namespace Lactation.Content.Symptoms;

/// <summary>Where to get care, most urgent first: a smaller value is more urgent.</summary>
public enum Disposition
{
    Emergency,
    Urgent,
    Contact24h,
    SeeSoon,
    SelfCare,
}

public static class DispositionExtensions
{
    /// <summary>The id the API returns, e.g. "contact-24h".</summary>
    public static string ToId(this Disposition disposition) => disposition switch
    {
        Disposition.Emergency => "emergency",
        Disposition.Urgent => "urgent",
        Disposition.Contact24h => "contact-24h",
        Disposition.SeeSoon => "see-soon",
        Disposition.SelfCare => "self-care",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, null),
    };

    /// <summary>The one line a parent must not miss.</summary>
    public static string Headline(this Disposition disposition) => disposition switch
    {
        Disposition.Emergency =>
            "Call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU) or go to the emergency department",
        Disposition.Urgent => "See a doctor or midwife today",
        Disposition.Contact24h => "Speak to a doctor, midwife or lactation consultant within 24 hours",
        Disposition.SeeSoon => "Book an appointment within about a week",
        Disposition.SelfCare => "You can care for this at home",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, null),
    };
}
