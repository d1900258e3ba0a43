using Google.Protobuf;
using Onnx;

namespace WearableAI.Training.Export;

/// <summary>Appends nodes and float initialisers to an ONNX graph, with unique value names.</summary>
internal sealed class OnnxGraphBuilder
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public OnnxGraphBuilder(string graphName) => Graph = new GraphProto { Name = graphName };

    public GraphProto Graph { get; }

    /// <summary>Adds a float32 constant tensor and returns its name.</summary>
    public string AddInitializer(string name, float[] values, params long[] dims)
    {
        string unique = Unique(name);
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ONNX raw tensor data is little-endian; big-endian hosts are not supported.");
        }

        var tensor = new TensorProto { Name = unique, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.AddRange(dims);
        Graph.Initializer.Add(tensor);
        return unique;
    }

    /// <summary>Adds a node with one output named after <paramref name="name"/> and returns that output's name.</summary>
    public string AddNode(string opType, string name, string[] inputs, params AttributeProto[] attributes)
    {
        string output = Unique(name);
        var node = new NodeProto { OpType = opType, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        Graph.Node.Add(node);
        return output;
    }

    /// <summary>Renames the value <paramref name="from"/> (the last node's output) to <paramref name="to"/>.</summary>
    public void RenameLastOutput(string from, string to)
    {
        NodeProto last = Graph.Node[^1];
        if (last.Output[0] != from || !names.Add(to))
        {
            throw new InvalidOperationException($"Cannot name the graph output '{to}'.");
        }

        last.Output[0] = to;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    /// <summary>A float tensor value description; a dimension is a fixed size (long) or a symbolic name (string).</summary>
    public static ValueInfoProto FloatValue(string name, params object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (object dim in dims)
        {
            shape.Dim.Add(dim is string symbol
                ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
                : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }

    private string Unique(string name)
    {
        string candidate = name;
        for (int i = 1; !names.Add(candidate); i++)
        {
            candidate = $"{name}_{i}";
        }

        return candidate;
    }
}
