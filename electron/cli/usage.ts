/** `oobe-sim --help`. */
export const USAGE = `oobe-sim — run OOBE Simulator scenarios headless

Usage:
  oobe-sim list [--json]                       every built-in scenario: id, mode, title
  oobe-sim exercises [--pack DIR|ZIP] [--json]
                                               the exercises of the built-in library, or of an exercise pack
                                               (a folder or .zip of *.json / *.oobe-scenario files): id, level,
                                               objectives, points, title
  oobe-sim validate <file…>                    check scenario files; exit 1 and list every problem if any is invalid
  oobe-sim run <id|file> [--json] [--until <screen-id>] [--seed <n>]
                                               run a scenario at full speed, following its script
  oobe-sim exec <id|file> [--until <screen-id>] [--seed <n>] [--archive-out DIR] -- <command line>
                                               run to that screen (or the end), then run one command in the
                                               device's command prompt (as Shift+F10 would) and print its output;
                                               --archive-out copies every .cab/.zip the device wrote
                                               (mdmdiagnosticstool, Collect logs) into the host folder DIR
  oobe-sim record <id|file|recording.json> --out DIR [--format html,md,webm,mp4,png] [--size 1920x1080]
                 [--browser PATH] [--seed <n>] [--frame laptop|tablet]
                                               record a walkthrough (or open a recording) and export a guide,
                                               pictures and a video, driving the renderer in Chromium
  oobe-sim lab <id|file> --devices N [--seed-base S] [--json]
                                               run the scenario on N headless devices with seeds S..S+N-1
                                               (default 1..N): each device's outcome, error code, last screen
                                               and virtual time, and a summary; exit 1 if any did not succeed
  oobe-sim --help | --version

Exit codes: 0 the command worked (for run: the device ended where the scenario's "expect" says, or
--until stopped it first); 1 run missed the scenario's "expect" (stderr says which and what happened
instead), validate found problems, or the device's command failed (exec); 2 bad arguments or an
invalid scenario.
`;
