using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Census;

/// <summary>
/// Reads a children in need census return as a stream: one <c>Child</c> record at a time, so that a file of any size
/// is read in bounded memory. Every collection year from 2017 on is read (<c>GenderCurrent</c> or <c>Sex</c>,
/// <c>CINPlanDates</c> present or not, yes/no as 0/1 or false/true); elements it does not know are skipped. A record
/// with an impossible, missing or out-of-order date becomes a finding on that child and the rest is still read. Only a
/// file that is not well-formed XML, or is not a census, stops the read (<see cref="CensusFormatException"/>).
/// </summary>
/// <remarks>
/// Names, UPNs, birth dates and every other personal value are skipped unread into any result: the types this reader
/// returns have nowhere to hold them. Not thread-safe: one reader reads one file once.
/// </remarks>
public sealed class CensusReader : IDisposable
{
    private readonly XmlReader xml;
    private readonly StringBuilder text = new();
    private readonly char[] chunk = new char[64];
    private readonly char[] overflow = new char[256];
    private int chunkLength;
    private bool started;
    private bool finished;

    private CensusReader(XmlReader xml)
    {
        this.xml = xml;
        Header = ReadHeader();
    }

    /// <summary>The header (collection year and reference date), read when the reader was created.</summary>
    public CensusHeader Header { get; }

    /// <summary>Opens a census from a stream (the encoding is taken from the XML declaration).</summary>
    /// <param name="stream">The stream; the reader closes it when disposed.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="CensusFormatException">The file is not well-formed XML, or is not a census.</exception>
    public static CensusReader Create(Stream stream) =>
        Open(XmlReader.Create(stream ?? throw new ArgumentNullException(nameof(stream)), Settings));

    /// <summary>Opens a census from text.</summary>
    /// <param name="reader">The text; the census reader closes it when disposed.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="CensusFormatException">The file is not well-formed XML, or is not a census.</exception>
    public static CensusReader Create(TextReader reader) =>
        Open(XmlReader.Create(reader ?? throw new ArgumentNullException(nameof(reader)), Settings));

    private static XmlReaderSettings Settings => new()
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
        MaxCharactersInDocument = 0,
    };

    private static CensusReader Open(XmlReader xml)
    {
        try
        {
            return new CensusReader(xml);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>Reads the <c>Child</c> records one at a time. Call once.</summary>
    /// <returns>The children, in file order.</returns>
    /// <exception cref="CensusFormatException">The file stops being well-formed XML (the children before it have been returned).</exception>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    public IEnumerable<CensusChild> ReadChildren()
    {
        if (started)
        {
            throw new InvalidOperationException("A census reader reads its children once.");
        }

        started = true;
        return Children();
    }

    /// <inheritdoc />
    public void Dispose() => xml.Dispose();

    private IEnumerable<CensusChild> Children()
    {
        int position = 0;
        while (!finished)
        {
            CensusChild? child = Guarded(() =>
            {
                while (true)
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.Depth == 2 && xml.LocalName == "Child")
                    {
                        return ReadChild(++position);
                    }

                    if (xml.NodeType == XmlNodeType.Element && xml.Depth == 2)
                    {
                        xml.Skip();
                        continue;
                    }

                    if (!xml.Read() || (xml.NodeType == XmlNodeType.EndElement && xml.Depth <= 1))
                    {
                        finished = true;
                        DrainToEnd();
                        return null;
                    }
                }
            });
            if (child is not null)
            {
                yield return child;
            }
        }
    }

    // Reads the rest of the document so that an error after the children is still reported.
    private void DrainToEnd()
    {
        while (xml.Read())
        {
        }
    }

    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            throw NotWellFormed(e);
        }
    }

    private static CensusFormatException NotWellFormed(XmlException e) =>
        new("the census is not well-formed XML", Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1));

    private CensusFormatException NotACensus(string problem)
    {
        var info = xml as IXmlLineInfo;
        return new CensusFormatException("not a children in need census: " + problem, Math.Max(info?.LineNumber ?? 1, 1), Math.Max(info?.LinePosition ?? 1, 1));
    }

    private CensusHeader ReadHeader() => Guarded(() =>
    {
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            throw NotACensus("there is no root element");
        }

        if (xml.LocalName != "Message" || xml.NamespaceURI.Length != 0)
        {
            throw NotACensus("the root element is not Message");
        }

        if (xml.IsEmptyElement)
        {
            throw NotACensus("the Message element is empty");
        }

        int? year = null;
        LocalDate? reference = null;
        xml.Read();
        while (true)
        {
            if (xml.NodeType == XmlNodeType.EndElement || xml.EOF)
            {
                throw NotACensus("there is no Children element");
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (xml.LocalName == "Children")
            {
                if (xml.IsEmptyElement)
                {
                    xml.Read();
                    finished = true;
                    DrainToEnd();
                }
                else
                {
                    xml.Read();
                }

                return new CensusHeader(year, reference);
            }

            if (xml.LocalName == "Header" && !xml.IsEmptyElement)
            {
                int depth = xml.Depth;
                xml.Read();
                while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Year")
                    {
                        year = ParseYear(Leaf());
                    }
                    else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "ReferenceDate")
                    {
                        reference = TryParseDate(Leaf(), out var d) ? d : null;
                    }
                    else
                    {
                        xml.Read();
                    }
                }

                xml.Read();
                continue;
            }

            xml.Skip();
        }
    });

    /// <summary>
    /// A collection year as files write it: "2027", or the span "2026-27", "2026/27", "2026-2027" (the year it ends in
    /// names it).
    /// </summary>
    internal static int? ParseYear(string value)
    {
        var s = value.Trim();
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            return y;
        }

        if (s.Length is 7 or 9 && (s[4] == '-' || s[4] == '/') && int.TryParse(s.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int first))
        {
            var tail = s.Substring(5);
            if (int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out int second))
            {
                int end = tail.Length == 2 ? (first / 100 * 100) + second + (second < first % 100 ? 100 : 0) : second;
                return end == first + 1 ? end : null;
            }
        }

        return null;
    }

    // The text of a leaf element; nested elements are skipped. Leaves the reader after the element.
    private string Leaf()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        int depth = xml.Depth;
        xml.Read();
        if (xml.NodeType == XmlNodeType.Text && xml.Depth == depth + 1)
        {
            string value = xml.Value;
            xml.Read();
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                xml.Read();
                return value;
            }

            text.Clear().Append(value);
        }
        else
        {
            text.Clear();
        }

        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Append(xml.Value);
                xml.Read();
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return text.ToString();
    }

    // The text of a leaf element into the chunk buffer without allocating (chunkLength; -1 when longer than the buffer);
    // nested elements are skipped. Leaves the reader after the element.
    private void LeafChunk()
    {
        chunkLength = 0;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        if (!xml.CanReadValueChunk)
        {
            var value = Leaf();
            chunkLength = value.Length <= chunk.Length ? value.Length : -1;
            if (chunkLength > 0)
            {
                value.CopyTo(0, chunk, 0, chunkLength);
            }

            return;
        }

        int depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                do
                {
                    if (chunkLength >= 0 && chunkLength < chunk.Length)
                    {
                        read = xml.ReadValueChunk(chunk, chunkLength, chunk.Length - chunkLength);
                        chunkLength += read;
                    }
                    else
                    {
                        read = xml.ReadValueChunk(overflow, 0, overflow.Length);
                        chunkLength = read > 0 || chunkLength < 0 ? -1 : chunkLength;
                    }
                }
                while (read > 0);

                xml.Read();
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
    }

    private bool ChunkIs(string value)
    {
        int start = 0, end = chunkLength;
        while (start < end && char.IsWhiteSpace(chunk[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(chunk[end - 1]))
        {
            end--;
        }

        if (end - start != value.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (chunk[start + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool ChunkIsBlank()
    {
        for (int i = 0; i < chunkLength; i++)
        {
            if (!char.IsWhiteSpace(chunk[i]))
            {
                return false;
            }
        }

        return true;
    }

    private CensusChild ReadChild(int position)
    {
        var record = new ChildRecord(position);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return record.Finish(this);
        }

        int depth = xml.Depth;
        xml.Read();
        while (Next(depth))
        {
            switch (xml.LocalName)
            {
                case "ChildIdentifiers":
                    ReadIdentifiers(record);
                    break;
                case "CINdetails":
                    record.Episodes.Add(ReadEpisode(record, record.Episodes.Count + 1));
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }

        xml.Read();
        return record.Finish(this);
    }

    // Moves to the next child element of the element at depth; false at its end tag. Stray text is a finding-free skip.
    private bool Next(int depth)
    {
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.Depth == depth + 1:
                    return true;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return false;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of file.");
                default:
                    if (!xml.Read())
                    {
                        throw new XmlException("Unexpected end of file.");
                    }

                    break;
            }
        }
    }

    private void ReadIdentifiers(ChildRecord record)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        int depth = xml.Depth;
        xml.Read();
        while (Next(depth))
        {
            switch (xml.LocalName)
            {
                case "LAchildID":
                    var id = Leaf().Trim();
                    if (id.Length == 0)
                    {
                        record.Finding("Child/ChildIdentifiers/LAchildID", "empty");
                    }
                    else if (id.Length > 40 || !IsPrintableId(id))
                    {
                        record.Finding("Child/ChildIdentifiers/LAchildID", "not a usable id (longer than 40 characters, or holding spaces, commas, quotes or control characters)");
                    }
                    else
                    {
                        record.ChildId = id;
                    }

                    break;
                case "GenderCurrent":
                    LeafChunk();
                    if (!(ChunkIs("0") || ChunkIs("1") || ChunkIs("2") || ChunkIs("9")))
                    {
                        record.Finding("Child/ChildIdentifiers/GenderCurrent", "a value outside the code list (0, 1, 2, 9)");
                    }

                    break;
                case "Sex":
                    LeafChunk();
                    if (!(ChunkIs("M") || ChunkIs("F") || ChunkIs("U")))
                    {
                        record.Finding("Child/ChildIdentifiers/Sex", "a value outside the code list (M, F, U)");
                    }

                    break;
                default:
                    // UPN, FormerUPN, PersonBirthDate and every other personal value: skipped unread.
                    xml.Skip();
                    break;
            }
        }

        xml.Read();
    }

    private static bool IsPrintableId(string id)
    {
        foreach (char c in id)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or '"' or '\'' or '<' or '>' or '&' or ';')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly IReadOnlyList<CensusAssessment> NoAssessments = Array.AsReadOnly(Array.Empty<CensusAssessment>());
    private static readonly IReadOnlyList<CensusSection47> NoSection47s = Array.AsReadOnly(Array.Empty<CensusSection47>());
    private static readonly IReadOnlyList<CensusPlan> NoPlans = Array.AsReadOnly(Array.Empty<CensusPlan>());
    private static readonly IReadOnlyList<LocalDate> NoDates = Array.AsReadOnly(Array.Empty<LocalDate>());

    private CensusEpisode ReadEpisode(ChildRecord record, int number)
    {
        LocalDate? referral = null, closure = null, conference = null;
        bool? nfa = null;
        bool sawReferral = false;
        List<CensusAssessment>? assessments = null;
        List<CensusSection47>? section47s = null;
        List<CensusPlan>? plans = null;
        if (xml.IsEmptyElement)
        {
            xml.Read();
        }
        else
        {
            int depth = xml.Depth;
            xml.Read();
            while (Next(depth))
            {
                switch (xml.LocalName)
                {
                    case "CINreferralDate":
                        sawReferral = true;
                        referral = Date(record, new ElementPath(number, "CINreferralDate"));
                        break;
                    case "CINclosureDate":
                        closure = Date(record, new ElementPath(number, "CINclosureDate"));
                        break;
                    case "DateOfInitialCPC":
                        conference = Date(record, new ElementPath(number, "DateOfInitialCPC"));
                        break;
                    case "ReferralNFA":
                        nfa = YesNo(record, new ElementPath(number, "ReferralNFA"));
                        break;
                    case "Assessments":
                        (assessments ??= new List<CensusAssessment>(1)).Add(ReadAssessment(record, number, assessments.Count + 1));
                        break;
                    case "Section47":
                        (section47s ??= new List<CensusSection47>(1)).Add(ReadSection47(record, number, section47s.Count + 1));
                        break;
                    case "ChildProtectionPlans":
                        (plans ??= new List<CensusPlan>(1)).Add(ReadPlan(record, number, plans.Count + 1));
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }

            xml.Read();
        }

        if (!sawReferral)
        {
            record.Finding(new ElementPath(number, "CINreferralDate"), "missing");
        }

        var episode = new CensusEpisode(
            number,
            referral,
            nfa,
            closure,
            conference,
            assessments is null ? NoAssessments : assessments.AsReadOnly(),
            section47s is null ? NoSection47s : section47s.AsReadOnly(),
            plans is null ? NoPlans : plans.AsReadOnly());
        CensusChecks.Episode(record, number, episode, Header.ReferenceDate);
        return episode;
    }

    private CensusAssessment ReadAssessment(ChildRecord record, int episode, int index)
    {
        const string Block = "Assessments";
        LocalDate? start = null, authorised = null;
        bool sawStart = false;
        int depth = xml.Depth;
        if (Enter())
        {
            while (Next(depth))
            {
                switch (xml.LocalName)
                {
                    case "AssessmentActualStartDate":
                        sawStart = true;
                        start = Date(record, new ElementPath(episode, Block, index, "AssessmentActualStartDate"));
                        break;
                    case "AssessmentAuthorisationDate":
                        authorised = Date(record, new ElementPath(episode, Block, index, "AssessmentAuthorisationDate"));
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }

            xml.Read();
        }

        if (!sawStart)
        {
            record.Finding(new ElementPath(episode, Block, index, "AssessmentActualStartDate"), "missing");
        }

        return new CensusAssessment(start, authorised);
    }

    private CensusSection47 ReadSection47(ChildRecord record, int episode, int index)
    {
        const string Block = "Section47";
        LocalDate? start = null, target = null, conference = null;
        bool? notRequired = null;
        bool sawStart = false;
        int depth = xml.Depth;
        if (Enter())
        {
            while (Next(depth))
            {
                switch (xml.LocalName)
                {
                    case "S47ActualStartDate":
                        sawStart = true;
                        start = Date(record, new ElementPath(episode, Block, index, "S47ActualStartDate"));
                        break;
                    case "InitialCPCtarget":
                        target = Date(record, new ElementPath(episode, Block, index, "InitialCPCtarget"));
                        break;
                    case "DateOfInitialCPC":
                        conference = Date(record, new ElementPath(episode, Block, index, "DateOfInitialCPC"));
                        break;
                    case "ICPCnotRequired":
                        notRequired = YesNo(record, new ElementPath(episode, Block, index, "ICPCnotRequired"));
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }

            xml.Read();
        }

        if (!sawStart)
        {
            record.Finding(new ElementPath(episode, Block, index, "S47ActualStartDate"), "missing");
        }

        return new CensusSection47(start, target, conference, notRequired);
    }

    private CensusPlan ReadPlan(ChildRecord record, int episode, int index)
    {
        const string Block = "ChildProtectionPlans";
        LocalDate? start = null, end = null;
        bool sawStart = false;
        List<LocalDate>? reviews = null;
        int depth = xml.Depth;
        if (Enter())
        {
            while (Next(depth))
            {
                switch (xml.LocalName)
                {
                    case "CPPstartDate":
                        sawStart = true;
                        start = Date(record, new ElementPath(episode, Block, index, "CPPstartDate"));
                        break;
                    case "CPPendDate":
                        end = Date(record, new ElementPath(episode, Block, index, "CPPendDate"));
                        break;
                    case "Reviews":
                        int reviewsDepth = xml.Depth;
                        if (Enter())
                        {
                            int position = 0;
                            while (Next(reviewsDepth))
                            {
                                if (xml.LocalName == "CPPreviewDate")
                                {
                                    position++;
                                    if (Date(record, new ElementPath(episode, Block, index, "Reviews/CPPreviewDate", position)) is { } review)
                                    {
                                        (reviews ??= new List<LocalDate>(2)).Add(review);
                                    }
                                }
                                else
                                {
                                    xml.Skip();
                                }
                            }

                            xml.Read();
                        }

                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }

            xml.Read();
        }

        if (!sawStart)
        {
            record.Finding(new ElementPath(episode, Block, index, "CPPstartDate"), "missing");
        }

        return new CensusPlan(start, end, reviews is null ? NoDates : reviews.AsReadOnly());
    }

    // Steps into the current element; false (and past it) when it is empty.
    private bool Enter()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return false;
        }

        xml.Read();
        return true;
    }

    private LocalDate? Date(ChildRecord record, ElementPath path)
    {
        LeafChunk();
        if (chunkLength < 0 || !TryParseDate(chunk, chunkLength, out var date))
        {
            record.Finding(path, chunkLength >= 0 && ChunkIsBlank() ? "empty" : "not a date in the form YYYY-MM-DD");
            return null;
        }

        if (!WorkingDayCalendar.IsSupported(date))
        {
            record.Finding(path, "outside the working-day calendar's range (2000-01-01 to 2099-12-31); left out");
            return null;
        }

        return date;
    }

    private bool? YesNo(ChildRecord record, ElementPath path)
    {
        LeafChunk();
        if (chunkLength >= 0)
        {
            if (ChunkIs("1") || ChunkIs("true") || ChunkIs("True") || ChunkIs("TRUE"))
            {
                return true;
            }

            if (ChunkIs("0") || ChunkIs("false") || ChunkIs("False") || ChunkIs("FALSE"))
            {
                return false;
            }
        }

        record.Finding(path, chunkLength >= 0 && ChunkIsBlank() ? "empty" : "not a yes/no value (0, 1, false, true)");
        return null;
    }

    /// <summary>Parses YYYY-MM-DD strictly (surrounding white space allowed); false for an impossible date such as 2023-02-30.</summary>
    internal static bool TryParseDate(string value, out LocalDate date) => TryParseDate(value.ToCharArray(), value.Length, out date);

    private static bool TryParseDate(char[] value, int length, out LocalDate date)
    {
        date = default;
        int start = 0, end = length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        if (end - start != 10 || value[start + 4] != '-' || value[start + 7] != '-')
        {
            return false;
        }

        if (!Digits(value, start, 4, out int year) || !Digits(value, start + 5, 2, out int month) || !Digits(value, start + 8, 2, out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(char[] s, int from, int count, out int value)
    {
        value = 0;
        for (int i = from; i < from + count; i++)
        {
            int d = s[i] - '0';
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>A child being read: mutable while its elements are read, frozen by <see cref="Finish"/>.</summary>
    internal sealed class ChildRecord
    {
        private List<(string Path, string Problem)>? findings;

        public ChildRecord(int position) => Position = position;

        public int Position { get; }

        public string? ChildId { get; set; }

        public List<CensusEpisode> Episodes { get; } = new();

        public void Finding(string path, string problem) => (findings ??= new()).Add((path, problem));

        public void Finding(ElementPath path, string problem) => Finding(path.ToString(), problem);

        public CensusChild Finish(CensusReader reader)
        {
            if (ChildId is null)
            {
                Finding("Child/ChildIdentifiers/LAchildID", "missing");
            }

            if (Episodes.Count == 0)
            {
                Finding("Child/CINdetails", "missing: a child needs at least one episode");
            }

            var id = ChildId ?? string.Format(CultureInfo.InvariantCulture, "(child {0} in the file)", Position);
            IReadOnlyList<CensusFinding> list = findings is null
                ? Array.AsReadOnly(Array.Empty<CensusFinding>())
                : Array.AsReadOnly(findings.ConvertAll(f => new CensusFinding(id, f.Path, f.Problem)).ToArray());
            _ = reader;
            return new CensusChild(id, Position, Episodes.AsReadOnly(), list);
        }
    }
}
