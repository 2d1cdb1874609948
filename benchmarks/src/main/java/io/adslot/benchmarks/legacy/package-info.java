/**
 * The engine's first block scanner, {@link io.adslot.benchmarks.legacy.LegacyScanner} (the engine's
 * {@code ScanPass} until issue 14), kept only as the speed baseline that {@code ScannerComparisonBenchmark}
 * measures the engine's tree builder against.
 *
 * <p>Self-contained: the engine's package-private helpers it read ({@code TagInfo}, {@code TagAttributes},
 * {@code WordCounter}, {@code Latin1Window}, {@code ForeignContent}, {@code JsoupRawText}, {@code ScriptData})
 * are copied here as they were on the day it left the engine, unchanged but for the package, so that the
 * engine's API does not grow for a benchmark and the baseline measures what the figures in
 * {@code docs/scanner.md} measured. That includes what the copies carry for the tree builder (the Standard's
 * scope bits in {@code TagInfo}, which {@code ElementStack}'s push counts too). Two changes: the window is
 * kept on every thread (the engine skips it on virtual threads; JMH runs platform threads), and javadoc
 * links name {@code LegacyScanner}. The engine's helpers go on changing; these do not.
 */
package io.adslot.benchmarks.legacy;
