using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Checklists;

/// <summary>Short builders and box names that keep the checklist declarations readable.</summary>
internal static class ChecklistText
{
    internal const string StrategyBox = "box 'Strategy discussion' (after paragraph 256)";
    internal const string PlanBox = "box 'The child protection plan' (after paragraph 256)";
    internal const string ReviewBox = "box 'Child protection review conference' (after paragraph 256)";

    internal static Citation P(int paragraph, string quote) => Citation.WorkingTogether2026($"paragraph {paragraph}", quote);

    internal static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    internal static ChecklistItem I(string id, string title, string dutyHolder, Force force, Verifiability verifiability, string? appliesWhen, params Citation[] citations) =>
        new(id, title, dutyHolder, force, verifiability, appliesWhen, citations);
}
