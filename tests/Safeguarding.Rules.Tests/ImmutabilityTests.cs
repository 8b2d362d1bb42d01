using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests;

/// <summary>
/// Every public type in the library is immutable, checked by reflection in the manner of NodaTime's own test: no
/// public setter, no public <c>init</c> (which lets <c>with</c> and object initialisers skip a constructor's checks),
/// no writable public field, and no collection handed out as something a caller can cast back and change.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(RuleCatalog).Assembly;

    /// <summary>
    /// The only public members allowed to be written to, each with its reason. A key is a type's full name (the whole
    /// type is exempt) or a type's full name and a member name.
    /// </summary>
    private static readonly Dictionary<string, string> AllowedMutable = new(StringComparer.Ordinal)
    {
        ["Safeguarding.Rules.DependencyInjection.SafeguardingRulesOptions"] =
            "a mutable options builder by the .NET convention of services.AddSafeguardingRules(o => ...); it is read once, into immutable services",
        ["Safeguarding.Rules.Timescales.CaseEvent.InitiatedSection47"] =
            "an optional event fact set by object initialiser; the constructor validates only Type and Date, which have no init, so with cannot bypass a check",
        ["Safeguarding.Rules.Timescales.CaseEvent.PlanMade"] =
            "an optional event fact set by object initialiser; the constructor validates only Type and Date, which have no init, so with cannot bypass a check",
        ["Safeguarding.Rules.Timescales.CaseEvent.Partner"] =
            "an optional event fact set by object initialiser; the constructor validates only Type and Date, which have no init, so with cannot bypass a check",
    };

    private static readonly Type[] MutableCollectionDefinitions =
    {
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>),
        typeof(SortedList<,>), typeof(LinkedList<>), typeof(Queue<>), typeof(Stack<>),
        typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>),
    };

    [Fact]
    public void No_public_property_of_a_public_type_has_a_public_setter()
    {
        var offenders = PublicProperties()
            .Where(p => IsVisible(p.SetMethod) && !IsInit(p.SetMethod!))
            .Select(Name)
            .Where(name => !IsAllowed(name))
            .ToArray();

        Assert.True(offenders.Length == 0, "Public setters:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_public_property_of_a_public_type_has_a_public_init_accessor_outside_the_allow_list()
    {
        var offenders = PublicProperties()
            .Where(p => IsVisible(p.SetMethod) && IsInit(p.SetMethod!))
            .Select(Name)
            .Where(name => !IsAllowed(name))
            .ToArray();

        Assert.True(offenders.Length == 0, "Public init accessors (with and object initialisers skip the constructor's checks):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_public_field_of_a_public_type_is_writable()
    {
        var offenders = Library.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Where(f => !(f.DeclaringType!.IsEnum && f.IsSpecialName))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .Where(name => !IsAllowed(name))
            .ToArray();

        Assert.True(offenders.Length == 0, "Writable public fields:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_public_member_is_declared_as_an_array_or_a_mutable_collection()
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(flags).Select(p => (Member: (MemberInfo)p, Type: p.PropertyType))
                .Concat(t.GetFields(flags).Select(f => (Member: (MemberInfo)f, Type: f.FieldType)))
                .Concat(t.GetMethods(flags).Where(m => !m.IsSpecialName).Select(m => (Member: (MemberInfo)m, Type: m.ReturnType))))
            .Where(m => IsMutableCollectionType(m.Type))
            .Select(m => $"{m.Member.DeclaringType!.FullName}.{m.Member.Name} ({m.Type})")
            .Where(name => !IsAllowed(name[..name.IndexOf(' ', StringComparison.Ordinal)]))
            .Distinct()
            .ToArray();

        Assert.True(offenders.Length == 0, "Members declared as mutable collections:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_collection_reachable_from_the_catalogues_and_the_results_is_read_only_at_run_time()
    {
        var walker = new Walker(Library);
        foreach (var (label, declared, value) in Roots())
        {
            walker.Visit(label, declared, value, 0);
        }

        Assert.True(walker.Visited > 1000, $"The walk reached only {walker.Visited} objects: the roots are not being followed.");
        Assert.True(walker.DeepestReached < 31, $"The walk reached depth {walker.DeepestReached}: raise the limit, or some objects go unchecked.");
        var offenders = walker.Offenders.Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(offenders.Length == 0, "Collections a caller can cast back and change:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void A_bank_holiday_is_made_only_through_its_checking_constructor()
    {
        Assert.All(typeof(BankHoliday).GetProperties(), p => Assert.Null(p.SetMethod));
        var holiday = WorkingDayCalendar.EnglandAndWales.HolidaysInYear(2027)[0];
        Assert.Throws<ArgumentException>(() => new BankHoliday(holiday.Date, " ", holiday.Kind));
        Assert.Equal(holiday, new BankHoliday(holiday.Date, holiday.Name, holiday.Kind, holiday.IsProvisional, holiday.Note));
    }

    [Fact]
    public void Every_entry_on_the_allow_list_names_something_still_writable()
    {
        foreach (var name in AllowedMutable.Keys)
        {
            var type = Library.GetType(name);
            var writable = type is not null
                ? type.GetProperties().Any(p => IsVisible(p.SetMethod) || IsMutableCollectionType(p.PropertyType))
                : IsVisible(Library.GetType(name[..name.LastIndexOf('.')])?.GetProperty(name[(name.LastIndexOf('.') + 1)..])?.SetMethod);
            Assert.True(writable, $"{name} is on the allow-list but nothing there is writable: take it off.");
        }
    }

    [Fact]
    public void The_walk_finds_a_list_a_caller_could_change()
    {
        var walker = new Walker(typeof(ImmutabilityTests).Assembly);
        walker.Visit("sample", typeof(Leaky), new Leaky(), 0);
        Assert.Equal(
            new[]
            {
                "Safeguarding.Rules.Tests.ImmutabilityTests+Inner.Items (System.String[])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Inner.Leaves (Safeguarding.Rules.Tests.ImmutabilityTests+Leaf[])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Leaf.Items (System.Collections.Generic.List`1[System.String])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Leaky.Array (System.String[])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Leaky.Dictionary (System.Collections.Generic.Dictionary`2[System.String,System.String])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Leaky.List (System.Collections.Generic.List`1[System.String])",
                "Safeguarding.Rules.Tests.ImmutabilityTests+Leaky.Set (System.Collections.Generic.HashSet`1[System.String])",
            },
            walker.Offenders.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Label, Type Declared, object? Value)> Roots()
    {
        // Every public static property of every public type: the catalogues, vocabularies, interpretations, editions.
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                yield return ($"{type.FullName}.{property.Name}", property.PropertyType, property.GetValue(null));
            }
        }

        yield return ("RuleCatalog.Rules", typeof(IReadOnlyList<IRule>), RuleCatalog.Rules);
        yield return ("RuleCatalog.Interpretations", typeof(IReadOnlyList<Interpretation>), RuleCatalog.Interpretations);
        yield return ("RuleCatalog.AllCitations()", typeof(IReadOnlyList<Citation>), RuleCatalog.AllCitations());
        yield return ("DecisionRules.All", typeof(IReadOnlyList<DecisionRule>), DecisionRules.All);
        yield return ("TimescaleCatalog.Timescales", typeof(IReadOnlyList<TimescaleRule>), TimescaleCatalog.Timescales);
        yield return ("TimescaleCatalog.Urgencies", typeof(IReadOnlyList<UrgencyRule>), TimescaleCatalog.Urgencies);
        yield return ("Section11Catalog.Arrangements", typeof(IReadOnlyList<Arrangement>), Section11Catalog.Arrangements);
        yield return ("Section11Catalog.Section11Guidance2007Items", typeof(IReadOnlyList<Arrangement>), Section11Catalog.Section11Guidance2007Items);
        yield return ("Section11Catalog.All", typeof(IReadOnlyList<Arrangement>), Section11Catalog.All);
        yield return ("Section11Catalog.For(school)", typeof(IReadOnlyList<Arrangement>), Section11Catalog.For(new[] { AgencyKind.School }, includeSection11Guidance2007: true));
        yield return ("Edition.All", typeof(IReadOnlyList<Edition>), Edition.All);

        var calendar = WorkingDayCalendar.EnglandAndWales;
        yield return ("WorkingDayCalendar.EnglandAndWales", typeof(WorkingDayCalendar), calendar);
        yield return ("WorkingDayCalendar.Holidays", typeof(IReadOnlyList<BankHoliday>), calendar.Holidays);
        yield return ("WorkingDayCalendar.HolidaysInYear(2027)", typeof(IReadOnlyList<BankHoliday>), calendar.HolidaysInYear(2027));
        yield return ("WorkingDayCalendar.HolidaysInYears(2026, 2027)", typeof(IReadOnlyList<BankHoliday>), calendar.HolidaysInYears(2026, 2027));
        yield return ("WorkingDayCalendar.HolidaysBetween(...)", typeof(IReadOnlyList<BankHoliday>), calendar.HolidaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)));
        yield return ("EnglandAndWalesBankHolidays.All()", typeof(IReadOnlyList<BankHoliday>), EnglandAndWalesBankHolidays.All());
        yield return ("EnglandAndWalesBankHolidays.ForYear(2027)", typeof(IReadOnlyList<BankHoliday>), EnglandAndWalesBankHolidays.ForYear(2027));
        yield return ("EnglandAndWalesBankHolidays.StandingRules(2031)", typeof(IReadOnlyList<BankHoliday>), EnglandAndWalesBankHolidays.StandingRules(2031));

        var report = DeadlineEvaluator.Default.Evaluate(SampleTimeline(), new LocalDate(2027, 9, 1));
        Assert.Contains(report.Entries, e => e.MissingFacts.Count > 0);
        yield return ("DeadlineReport", typeof(DeadlineReport), report);
        yield return ("CaseTimeline", typeof(CaseTimeline), SampleTimeline());

        var facts = Facts.None.With("referral-received", true);
        yield return ("Facts", typeof(Facts), facts);
        var undetermined = ReferralAndProtectionRules.ReferralDecisions.Evaluate(facts);
        Assert.NotEmpty(undetermined.FactsToSettle);
        yield return ("Determination (undetermined)", typeof(Determination), undetermined);
        var yes = ReferralAndProtectionRules.ReferralDecisions.Evaluate(facts.With("referral-needs-further-assessment", true));
        Assert.NotEmpty(yes.Consequences);
        yield return ("Determination (yes)", typeof(Determination), yes);

        var readings = Readings.Default.With(DecisionInterpretations.Section47AreaTest, DecisionInterpretations.Section47AreaTest.Alternatives.First(a => a.Offered).Id);
        yield return ("Readings", typeof(Readings), readings);
        yield return ("Readings.Applied(...)", typeof(IReadOnlyList<AppliedReading>), readings.Applied(RuleCatalog.Interpretations));
        foreach (var obligation in TimescaleCatalog.Timescales.SelectMany(t => t.Obligations))
        {
            yield return ($"{obligation}.EndEventsByReading()", typeof(IReadOnlyList<KeyValuePair<string, IReadOnlyList<CaseEventType>>>), obligation.EndEventsByReading());
            yield return ($"{obligation}.EndEventsUnder(...)", typeof(IReadOnlyList<CaseEventType>), obligation.EndEventsUnder(Readings.Default));
        }

        var assessment = SampleAssessment();
        yield return ("SelfAssessment", typeof(SelfAssessment), assessment);
        yield return ("SelfAssessment.Template(...)", typeof(SelfAssessment), SelfAssessment.Template("Example Trust", AgencyKind.NhsTrust));
        var compliance = Section11Checker.Check(assessment, new LocalDate(2026, 9, 1));
        Assert.NotEmpty(compliance.MissingMusts);
        Assert.NotEmpty(compliance.MissingShoulds);
        yield return ("ComplianceReport", typeof(ComplianceReport), compliance);
        var problems = Section11Checker.Validate(assessment.WithArrangements(assessment.Arrangements.Concat(assessment.Arrangements.Take(1))), new LocalDate(2026, 9, 1));
        Assert.NotEmpty(problems);
        yield return ("Section11Checker.Validate(...)", typeof(IReadOnlyList<SelfAssessmentProblem>), problems);
    }

    /// <summary>The child protection sample, with an undetermined strategy discussion so that an entry names missing facts.</summary>
    private static CaseTimeline SampleTimeline() => CaseTimeline.Create(
        new CaseEvent(CaseEventType.ReferralReceived, new LocalDate(2026, 11, 2)),
        new CaseEvent(CaseEventType.ReferralAcknowledged, new LocalDate(2026, 11, 2)),
        new CaseEvent(CaseEventType.ReferralDecisionMade, new LocalDate(2026, 11, 3)),
        new CaseEvent(CaseEventType.StrategyDiscussion, new LocalDate(2026, 11, 5)) { InitiatedSection47 = true },
        new CaseEvent(CaseEventType.Section47ConcernsSubstantiated, new LocalDate(2026, 11, 19)),
        new CaseEvent(CaseEventType.AssessmentConcluded, new LocalDate(2026, 11, 24)),
        new CaseEvent(CaseEventType.InitialChildProtectionConference, new LocalDate(2026, 11, 26)) { PlanMade = true },
        new CaseEvent(CaseEventType.CoreGroupMeeting, new LocalDate(2026, 12, 11)),
        new CaseEvent(CaseEventType.ReviewConference, new LocalDate(2027, 2, 25)),
        new CaseEvent(CaseEventType.StrategyDiscussion, new LocalDate(2027, 6, 1)),
        new CaseEvent(CaseEventType.IncidentAwareness, new LocalDate(2027, 7, 1)));

    /// <summary>A school's self-assessment: most arrangements met, one partly, one with no evidence, one not applicable, a must and a should left out.</summary>
    private static SelfAssessment SampleAssessment()
    {
        var asOf = new LocalDate(2026, 9, 1);
        var checklist = Section11Catalog.For(new[] { AgencyKind.School });
        var leftOut = new[] { checklist.First(a => a.Force == Force.Must).Id, checklist.First(a => a.Force == Force.Should).Id };
        var claims = checklist
            .Where(a => !leftOut.Contains(a.Id))
            .Select((a, i) => i switch
            {
                0 => new ArrangementClaim(a.Id, ClaimStatus.Partly, new[] { "EV-1" }, "DSL", asOf.PlusMonths(-1)),
                1 => new ArrangementClaim(a.Id, ClaimStatus.InPlace, Array.Empty<string>(), null, asOf.PlusMonths(-1)),
                2 => new ArrangementClaim(a.Id, ClaimStatus.NotApplicable, Array.Empty<string>(), null, null, "Not relevant here"),
                _ => new ArrangementClaim(a.Id, ClaimStatus.InPlace, new[] { "EV-1", "EV-2" }, "DSL", asOf.PlusMonths(-1), null, "Audit 2026"),
            });
        return new SelfAssessment("Example School", new[] { AgencyKind.School }, claims);
    }

    private static IEnumerable<PropertyInfo> PublicProperties() => Library.GetExportedTypes()
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod));

    /// <summary>Visible to a caller: public, or protected on a type a caller could derive from.</summary>
    private static bool IsVisible(MethodInfo? method) => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Name(PropertyInfo property) => $"{property.DeclaringType!.FullName}.{property.Name}";

    private static bool IsAllowed(string memberName) =>
        AllowedMutable.ContainsKey(memberName) || AllowedMutable.ContainsKey(memberName[..memberName.LastIndexOf('.')]);

    private static bool IsMutableCollectionType(Type type) =>
        type.IsArray || (type.IsGenericType && MutableCollectionDefinitions.Contains(type.GetGenericTypeDefinition()));

    /// <summary>True for a collection interface (IEnumerable&lt;T&gt; and what derives from it, IReadOnlyList&lt;T&gt;, IReadOnlyDictionary&lt;K, V&gt;...), never for string.</summary>
    private static bool IsCollectionInterface(Type type) =>
        type.IsInterface && type != typeof(string) &&
        (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ||
         type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)));

    /// <summary>Whether a caller holding <paramref name="value"/> could change it: an array, or a collection that says it is not read-only.</summary>
    private static bool IsChangeable(object value)
    {
        var type = value.GetType();
        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType && MutableCollectionDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            return true;
        }

        foreach (var collection in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
        {
            if (!(bool)collection.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!)
            {
                return true;
            }
        }

        return value is IList { IsReadOnly: false } or IDictionary { IsReadOnly: false };
    }

    /// <summary>
    /// Walks public properties through the object graph, breadth first (so that each object is reached at its least
    /// depth), recording every collection a caller could change.
    /// </summary>
    private sealed class Walker
    {
        private const int MaxDepth = 32;
        private readonly Assembly walked;
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);
        private readonly Queue<(string Label, Type Declared, object Value, int Depth)> pending = new();

        /// <summary>Creates a walker that looks inside the types of one assembly.</summary>
        public Walker(Assembly walked) => this.walked = walked;

        public List<string> Offenders { get; } = new();

        public int Visited { get; private set; }

        public int DeepestReached { get; private set; }

        public void Visit(string label, Type declared, object? value, int depth)
        {
            Enqueue(label, declared, value, depth);
            while (pending.Count > 0)
            {
                var (nextLabel, nextDeclared, next, nextDepth) = pending.Dequeue();
                Expand(nextLabel, nextDeclared, next, nextDepth);
            }
        }

        private void Enqueue(string label, Type declared, object? value, int depth)
        {
            if (value is null)
            {
                return;
            }

            if (IsCollectionInterface(declared) && IsChangeable(value))
            {
                Offenders.Add($"{label} ({value.GetType()})");
            }

            var type = value.GetType();
            if (value is string || type.IsPrimitive || type.IsEnum || depth >= MaxDepth)
            {
                return;
            }

            // A boxed struct is a new object each time: only references are remembered, and the depth limit stops the rest.
            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }

            pending.Enqueue((label, declared, value, depth));
        }

        private void Expand(string label, Type declared, object value, int depth)
        {
            Visited++;
            DeepestReached = Math.Max(DeepestReached, depth);
            var type = value.GetType();
            // An array of a library type reports the library as its assembly: it is still a sequence to walk.
            if (value is IEnumerable sequence && (type.IsArray || type.Assembly != walked))
            {
                var elementType = ElementType(declared) ?? typeof(object);
                var index = 0;
                foreach (var item in sequence)
                {
                    Enqueue($"{label}[{index++}]", elementType, item, depth + 1);
                }

                return;
            }

            if (!Walkable(type))
            {
                return;
            }

            foreach (var property in VisibleProperties(type))
            {
                object? propertyValue;
                try
                {
                    propertyValue = property.GetValue(value);
                }
                catch (TargetInvocationException e)
                {
                    Offenders.Add($"{property.DeclaringType!.FullName}.{property.Name} threw {e.InnerException?.GetType().Name}");
                    continue;
                }

                Enqueue($"{property.DeclaringType!.FullName}.{property.Name}", property.PropertyType, propertyValue, depth + 1);
            }
        }

        private bool Walkable(Type type) =>
            (!type.IsArray && type.Assembly == walked) ||
            (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

        /// <summary>The public instance properties a caller can reach: those declared on public types, and on the public interfaces the type implements.</summary>
        private IEnumerable<PropertyInfo> VisibleProperties(Type type) => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType!.IsVisible && p.GetIndexParameters().Length == 0)
            .Concat(type.GetInterfaces().Where(i => i.IsVisible && i.Assembly == walked).SelectMany(i => i.GetProperties()))
            .GroupBy(p => (p.DeclaringType, p.Name))
            .Select(g => g.First());

        private static Type? ElementType(Type declared) =>
            (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? declared : null)
                ?.GetGenericArguments()[0]
            ?? declared.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>A type that leaks every kind of collection, to show the walk finds them.</summary>
    public sealed class Leaky
    {
        public IReadOnlyList<string> Array { get; } = new[] { "a" };

        public IEnumerable<string> List { get; } = new List<string> { "a" };

        public IReadOnlyDictionary<string, string> Dictionary { get; } = new Dictionary<string, string> { ["a"] = "b" };

        public IReadOnlyCollection<string> Set { get; } = new HashSet<string> { "a" };

        public IReadOnlyList<string> Wrapped { get; } = System.Array.AsReadOnly(new[] { "a" });

        public IEnumerable<string> Lazy => Wrapped.Where(s => s.Length > 0);

        public IReadOnlyList<Inner> Inners { get; } = System.Array.AsReadOnly(new[] { new Inner() });
    }

    /// <summary>Reached only through a read-only list, to show the walk looks inside lists.</summary>
    public sealed class Inner
    {
        public IReadOnlyList<string> Items { get; } = new[] { "a" };

        public IReadOnlyList<Leaf> Leaves { get; } = new[] { new Leaf() };
    }

    /// <summary>Reached only through an array of a type of the walked assembly (an array reports its element's assembly as its own).</summary>
    public sealed class Leaf
    {
        public IReadOnlyCollection<string> Items { get; } = new List<string> { "a" };
    }
}
