using System.Reflection;
using System.Reflection.Emit;

namespace Internships.UnitTests.Architecture;

/// <summary>
/// Which methods the code of an assembly calls, read from its IL: every method body of every type, the compiler's
/// async state machines and lambdas included, so a call inside an async handler is found too.
/// </summary>
internal static class CalledMethods
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each type of <paramref name="assembly"/> with a method it calls.</summary>
    public static IEnumerable<(Type Caller, MethodBase Called)> In(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            var methods = type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared));
            foreach (var method in methods)
            {
                foreach (var called in CallsOf(method))
                {
                    yield return (type, called);
                }
            }
        }
    }

    /// <summary>The outermost type a nested (compiler-generated) type belongs to.</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<MethodBase> CallsOf(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A token that cannot be resolved in this generic context names nothing this check looks for.
                }

                if (called is not null)
                {
                    yield return called;
                }
            }

            position += OperandSize(opCode.OperandType, il, position);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
