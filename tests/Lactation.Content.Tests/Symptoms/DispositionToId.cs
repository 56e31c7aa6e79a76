using Lactation.Content.Symptoms;

namespace Lactation.Content.Tests.Symptoms;

public sealed class DispositionToId
{
    [Theory]
    [InlineData(Disposition.Emergency, "emergency")]
    [InlineData(Disposition.Urgent, "urgent")]
    [InlineData(Disposition.Contact24h, "contact-24h")]
    [InlineData(Disposition.SeeSoon, "see-soon")]
    [InlineData(Disposition.SelfCare, "self-care")]
    public void GivesTheApiId(Disposition disposition, string id) => Assert.Equal(id, disposition.ToId());

    [Fact]
    public void DispositionsAreOrderedMostUrgentFirst() =>
        Assert.Equal(
            [Disposition.Emergency, Disposition.Urgent, Disposition.Contact24h, Disposition.SeeSoon, Disposition.SelfCare],
            Enum.GetValues<Disposition>().Order());

    [Theory]
    [InlineData(Disposition.Emergency, "Call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU) or go to the emergency department")]
    [InlineData(Disposition.Urgent, "See a doctor or midwife today")]
    [InlineData(Disposition.Contact24h, "Speak to a doctor, midwife or lactation consultant within 24 hours")]
    [InlineData(Disposition.SeeSoon, "Book an appointment within about a week")]
    [InlineData(Disposition.SelfCare, "You can care for this at home")]
    public void HeadlineSaysWhatToDo(Disposition disposition, string headline) => Assert.Equal(headline, disposition.Headline());
}
