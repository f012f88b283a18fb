package org.unsdcf.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar unsdcf.jar}: parses the arguments, runs one command and exits
 * with its status.
 *
 * <table>
 *   <caption>Exit statuses</caption>
 *   <tr><th>status</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>read, no ERROR finding; also {@code format}, {@code schema}, {@code example},
 *       {@code --help}, {@code --version}</td></tr>
 *   <tr><td>1</td><td>read, at least one ERROR finding</td></tr>
 *   <tr><td>2</td><td>not readable: missing file, I/O error, malformed plan</td></tr>
 *   <tr><td>64</td><td>usage error</td></tr>
 *   <tr><td>70</td><td>internal error (a bug)</td></tr>
 * </table>
 */
public final class Main {
  /** Read, no ERROR finding. */
  public static final int OK = 0;

  /** Read, at least one ERROR finding. */
  public static final int FINDINGS = 1;

  /** Not readable. */
  public static final int UNREADABLE = 2;

  /** Usage error. */
  public static final int USAGE = 64;

  /** Internal error. */
  public static final int INTERNAL = 70;

  private Main() {}

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Plans hold any Unicode text: print UTF-8 whatever the platform's default.
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Progress.enableIfTerminal();
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line on the given streams without exiting.
   *
   * @param args the arguments
   * @param in standard input, read when FILE is {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Streams streams = new Streams(in, out, err);
    CommandLine cli = new CommandLine(new UnsdcfCommand(streams));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("unsdcf: " + e.getMessage());
          err.println("Try 'java -jar unsdcf.jar --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          err.println("unsdcf: internal error: " + e);
          return INTERNAL;
        });
    int status;
    try {
      status = cli.execute(args);
    } catch (RuntimeException | Error e) {
      // Whatever escapes picocli (an Error from a bug, say) still ends with one line, no trace.
      err.println("unsdcf: internal error: " + e);
      status = INTERNAL;
    }
    out.flush();
    err.flush();
    return status;
  }
}
