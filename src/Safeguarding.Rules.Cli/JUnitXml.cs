using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using NodaTime;

namespace Safeguarding.Rules.Cli;

/// <summary>The JUnit XML envelope every checklist family's report shares: one suite of test cases, one per item.</summary>
internal static class JUnitXml
{
    /// <summary>A <c>testsuites</c> document with one suite, counting the cases that carry a failure or a skip.</summary>
    public static string Write(string rootName, string suiteName, LocalDate asOf, IEnumerable<XElement> properties, IReadOnlyList<XElement> cases)
    {
        int failures = cases.Count(c => c.Element("failure") is not null);
        int skipped = cases.Count(c => c.Element("skipped") is not null);
        string tests = cases.Count.ToString(CultureInfo.InvariantCulture);
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", suiteName),
            new XAttribute("tests", tests),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("timestamp", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00"),
            new XElement("properties", properties),
            cases);
        var root = new XElement("testsuites", new XAttribute("name", rootName), new XAttribute("tests", tests), new XAttribute("failures", failures), new XAttribute("errors", 0), new XAttribute("skipped", skipped), suite);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }
}
