package io.emoticctv.models.report;

/**
 * Circumstances of a report run, printed with the figures so that speeds can be read fairly.
 *
 * @param commandLine the arguments the report was generated with
 * @param cpuNote what else was running on the CPU, as given by the operator
 * @param loadAverage /proc/loadavg at the start of the run (empty when unavailable)
 * @param cores processors available to the JVM
 * @param cpuPrecisionFlags the bfloat16/AMX/fp16 flags the CPU reports in /proc/cpuinfo
 */
record ReportContext(String generatedAt, String commandLine, String cpuNote, String loadAverage, int cores,
    String cpuPrecisionFlags) {}
