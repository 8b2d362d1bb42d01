using System;

namespace Safeguarding.Rules.Cli;

/// <summary>Bad input: printed as one line on standard error, exit code 2. The message names the field and the problem, never personal data.</summary>
public sealed class CliInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliInputException()
    {
    }

    /// <summary>Creates the exception with a message naming the field and the problem.</summary>
    /// <param name="message">The message.</param>
    public CliInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
