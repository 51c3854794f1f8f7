using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TeamSync.Vectors
{
    /// <summary>
    /// Runs vector files and writes one JSON array, one element per file in the order given:
    /// {"file", "actual"} or {"file", "error"}. A bad vector is reported in its element, never a crash.
    /// </summary>
    public static class VectorConsole
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Run(IEnumerable<string> files, Stream output)
        {
            using (var writer = new Utf8JsonWriter(output, Options))
            {
                writer.WriteStartArray();
                foreach (var file in files)
                {
                    WriteResult(writer, file);
                }
                writer.WriteEndArray();
            }
            output.WriteByte((byte)'\n');
        }

        private static void WriteResult(Utf8JsonWriter writer, string file)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            try
            {
                var actual = Actual(file);
                writer.WritePropertyName("actual");
                writer.WriteRawValue(actual);
            }
            catch (VectorFormatException exception)
            {
                writer.WriteString("error", exception.Message);
            }
            catch (JsonException exception)
            {
                writer.WriteString("error", "not valid JSON: " + exception.Message);
            }
            catch (IOException exception)
            {
                writer.WriteString("error", "cannot read the file: " + exception.Message);
            }
            catch (UnauthorizedAccessException exception)
            {
                writer.WriteString("error", "cannot read the file: " + exception.Message);
            }
            catch (Exception exception)
            {
                // An engine fault on one vector must not hide the results of the others.
                writer.WriteString("error", "engine failed: " + exception);
            }
            writer.WriteEndObject();
        }

        /// <summary>The engine's result as JSON, complete before anything of it is written, so a failure leaves no half element.</summary>
        private static byte[] Actual(string file)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var vector = VectorReader.Read(document.RootElement);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                VectorRunner.Run(vector, writer);
            }
            return buffer.ToArray();
        }
    }
}
