namespace Lactation.Content.Symptoms;

/// <summary>
/// What to do now and what to watch for. Follows the current advice (ABM36, AFP24): ice, ibuprofen,
/// feed on demand; no heat, no deep massage, no extra pumping.
/// </summary>
public static class SymptomAdvice
{
    /// <summary>Every result carries this (brief: "Keep feeding is safe").</summary>
    public const string KeepFeeding =
        "If you are breastfeeding or expressing, carrying on is safe for your baby, even from the sore or affected breast.";

    public const string CallNow =
        "Don't wait to see if it gets better. Call now, and don't drive yourself.";

    public const string ThoughtsOfHarm =
        "If you have thoughts of harming yourself or your baby, put your baby down somewhere safe, like a cot, and call for help now. This is not D-MER, and help works.";

    public const string FeedOnDemand =
        "Feed your baby when they want, or pump at your usual times. Don't pump extra or try to empty the breast: that makes more milk and more swelling.";

    public const string Ice =
        "Hold ice or a cold pack wrapped in a cloth on the sore area for about 10 minutes at a time.";

    public const string Ibuprofen =
        "Ibuprofen is safe while breastfeeding and eases pain and swelling. Follow the pack, or ask a pharmacist.";

    public const string NoHeatNoDeepMassage =
        "Don't use heat and don't massage deeply: advice on this has changed, because both can make the swelling worse. Very light strokes towards the armpit are fine.";

    public const string Bra = "Wear a supportive bra that isn't tight, with no underwire.";

    public const string Rest =
        "Rest as much as you can. Wait until you feel well before exercising, then build up slowly.";

    public const string DontTouchBleb = "Don't pick, squeeze or needle the white spot on your nipple.";

    public const string DontMassageAbscess = "Don't press or massage a soft or fluid-filled lump.";

    public const string KeepTakingAntibiotics =
        "Keep taking your antibiotics as prescribed unless your doctor tells you to stop.";

    public const string FeedBabyOften =
        "Offer your baby the breast often, at least 8 times in 24 hours, and keep counting wet and dirty nappies until you have spoken to a midwife, health visitor or doctor.";

    public const string Engorgement =
        "Feed often. If a breast is too full for your baby to latch, hand-express just a little to soften it first.";

    public const string Leaking =
        "Use nursing pads without a plastic backing and change them when damp. To stop a let-down, press the heel of your hand or your folded arms on your breast. Express only for comfort: extra expressing makes more milk.";

    public const string SlowLetDown =
        "To help your milk flow: get comfortable and warm, hold your baby skin to skin, or look at a photo or video of your baby when pumping. Hand-express or pump for a minute first. A warm cloth can help too, but never on a red or sore breast.";

    public const string Dmer =
        "D-MER is a hormone reflex, not a feeling about your baby. Less caffeine, something to distract you and slow breathing can help. Talk to your doctor or midwife if it upsets you.";

    public const string PumpingPain =
        "Pumping should not hurt. Use the highest suction that stays comfortable, and check the flange fit: your nipple should move freely in the tunnel with little of the dark skin around it pulled in.";

    public const string BloodInMilk =
        "Pink or rusty milk in the first week after birth is common and usually clears in a few days; it is fine to keep feeding. If it carries on, or starts after the first week, book a check.";

    internal static IReadOnlyList<string> For(TriageFacts a, ISet<string> fired, Disposition disposition)
    {
        var advice = new List<string>();
        if (a.Has("thoughts_harm"))
        {
            advice.Add(ThoughtsOfHarm);
        }
        if (disposition == Disposition.Emergency)
        {
            advice.Add(CallNow);
        }
        advice.Add(KeepFeeding);
        if (fired.Contains("U10"))
        {
            advice.Add(FeedBabyOften);
        }
        if (a.OnAntibiotics)
        {
            advice.Add(KeepTakingAntibiotics);
        }
        if (a.AnyBreastSymptom)
        {
            if (a.Lactating)
            {
                advice.Add(FeedOnDemand);
            }
            advice.AddRange([Ice, Ibuprofen, NoHeatNoDeepMassage, Bra]);
        }
        if (a.HasAny("pus", "fluctuant_lump"))
        {
            advice.Add(DontMassageAbscess);
        }
        if (a.Has("nipple_white_spot_painful"))
        {
            advice.Add(DontTouchBleb);
        }
        if (a.Has("both_breasts_full"))
        {
            advice.Add(Engorgement);
        }
        if (a.Has("blood_in_milk"))
        {
            advice.Add(BloodInMilk);
        }
        if (a.Has("leaking"))
        {
            advice.Add(Leaking);
        }
        if (a.Has("slow_letdown"))
        {
            advice.Add(SlowLetDown);
        }
        if (a.Has("dmer_brief"))
        {
            advice.Add(Dmer);
        }
        if (a.Has("nipple_pain_pumping"))
        {
            advice.Add(PumpingPain);
        }
        if (a.BreastInflammation || a.FeverAsInU1)
        {
            advice.Add(Rest);
        }
        return advice;
    }

    internal static IReadOnlyList<string> WatchFor(TriageFacts a, ISet<string> fired)
    {
        List<string> watch =
        [
            "A temperature of 38.0 °C (100.4 °F) or higher: see a doctor or midwife today.",
            "Red streaks spreading out from the sore area.",
            "Getting worse after 24 hours, or no better after 48 hours.",
            "Feeling suddenly and very ill.",
            "Pus, or a soft lump that feels full of fluid.",
            "Signs of sepsis: confusion or slurred speech; blue, grey, pale or blotchy skin or lips; very fast breathing or breathlessness; no urine in a day. Call your emergency number.",
        ];
        if (a.OnAntibiotics)
        {
            watch.Add("No better after 48 hours of antibiotics, or redness left at the end of the course.");
        }
        if (a.Has("breast_lump_tender") || a.LumpDays is not null)
        {
            watch.Add("A lump that is still there after a week.");
        }
        if (fired.Contains("U10") || a.InfantAgeDays is not null || a.WetNappies24h is not null || a.Stools24h is not null)
        {
            watch.Add("Fewer wet or dirty nappies than the chart for your baby's age, or a baby who is floppy, blue or hard to wake.");
        }
        if (a.Has("dmer_brief"))
        {
            watch.Add("Low feelings that last beyond the let-down, or thoughts of harming yourself or your baby: call your emergency number.");
        }
        return watch;
    }
}
