using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Reads and writes a <see cref="ScoringModel"/> as JSON with <see cref="DataContractJsonSerializer"/> (no JSON
    /// library, so it runs in the Dataverse sandbox). The format is documented in Funnel/README.md.
    /// </summary>
    public static class ScoringModelJson
    {
        private static readonly DataContractJsonSerializer Serializer = new DataContractJsonSerializer(typeof(ScoringModel));

        /// <summary>Reads a model and validates it; throws <see cref="ScoringModelException"/> naming rule and field.</summary>
        public static ScoringModel Load(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            ScoringModel? model;
            try
            {
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                {
                    model = Serializer.ReadObject(stream) as ScoringModel;
                }
            }
            catch (SerializationException e)
            {
                throw new ScoringModelException("The scoring model is not valid JSON of the documented format: " + e.Message, e);
            }

            if (model == null)
            {
                throw new ScoringModelException("The scoring model is empty.", new SerializationException("null model"));
            }

            ScoringModelValidator.EnsureValid(model);
            return model;
        }

        /// <summary>Writes a model as indented UTF-8 JSON (without validating it).</summary>
        public static string Save(ScoringModel model)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            using (var stream = new MemoryStream())
            {
                using (XmlDictionaryWriter writer = JsonReaderWriterFactory.CreateJsonWriter(stream, Encoding.UTF8, false, true, "  "))
                {
                    Serializer.WriteObject(writer, model);
                    writer.Flush();
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }
    }
}
