using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// The CSV reader alone, in the command line's pattern: UTF-8 bytes of a transitions export (lead_id, stage,
    /// entered_on) decoded and split into rows, each row's three fields taken as spans (no string per field). Sep (what
    /// the command line uses) against Sylvan.Data.Csv; Mean is per row (rows per second = 1 / Mean), Allocated per row.
    /// </summary>
    [MemoryDiagnoser]
    public class CsvReaderBenchmarks
    {
        private const int Rows = 100_000;
        private byte[] file = null!;

        [GlobalSetup]
        public void Setup()
        {
            string path = Path.GetTempFileName();
            GeneratedFiles.Transitions(path, Rows, Rows / 5);
            file = File.ReadAllBytes(path);
            File.Delete(path);
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
        public long Sep()
        {
            long length = 0;
            using var text = new StreamReader(new MemoryStream(file), Encoding.UTF8);
            using SepReader reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(text);
            foreach (SepReader.Row row in reader)
            {
                length += row[0].Span.Length + row[1].Span.Length + row[2].Span.Length;
            }

            return length;
        }

        [Benchmark(OperationsPerInvoke = Rows)]
        public long Sylvan()
        {
            long length = 0;
            using var text = new StreamReader(new MemoryStream(file), Encoding.UTF8);
            using CsvDataReader reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false });
            while (reader.Read())
            {
                length += reader.GetFieldSpan(0).Length + reader.GetFieldSpan(1).Length + reader.GetFieldSpan(2).Length;
            }

            return length;
        }
    }
}
