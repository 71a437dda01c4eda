package winloss.core.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the values the corpus readers produce (records of {@code winloss.*}, their
 * enums, strings, numbers, dates, paths, lists and maps) in a small self-describing binary form,
 * so the corpus cache stores exactly what a reader returned and gives back an equal value.
 *
 * <p>Records are rebuilt through their canonical constructors, so their validation runs again. A
 * value of any other type cannot be stored ({@link NotStorable}); the cache then simply reads the
 * file. Reading accepts only classes under {@code winloss.}, so a foreign or corrupt cache file
 * can name no other class; any inconsistency is an {@link IOException} and the cache is discarded.
 */
final class RecordCodec {
  /** A value the codec has no form for; the caller keeps it out of the cache. */
  static final class NotStorable extends Exception {
    private static final long serialVersionUID = 1L;

    NotStorable(String what) {
      super(what, null, false, false);
    }

    NotStorable(String what, Throwable cause) {
      super(what, cause, false, false);
    }
  }

  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int INT = 2;
  private static final int LONG = 3;
  private static final int BOOL = 4;
  private static final int DOUBLE = 5;
  private static final int DATE = 6;
  private static final int DECIMAL = 7;
  private static final int PATH = 8;
  private static final int LIST = 9;
  private static final int MAP = 10;
  private static final int ENUM = 11;
  private static final int RECORD = 12;

  private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();
  private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

  void write(DataOutputStream out, Object v) throws IOException, NotStorable {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      out.writeByte(STRING);
      writeString(out, s);
    } else if (v instanceof Integer i) {
      out.writeByte(INT);
      out.writeInt(i);
    } else if (v instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (v instanceof Boolean b) {
      out.writeByte(BOOL);
      out.writeBoolean(b);
    } else if (v instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (v instanceof LocalDate d) {
      out.writeByte(DATE);
      out.writeLong(d.toEpochDay());
    } else if (v instanceof BigDecimal d) {
      out.writeByte(DECIMAL);
      writeString(out, d.toString());
    } else if (v instanceof Path p) {
      out.writeByte(PATH);
      writeString(out, p.toString());
    } else if (v instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object o : list) {
        write(out, o);
      }
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      // a Map.copyOf has no stable order: store the entries sorted by key text when unordered
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      if (!(map instanceof LinkedHashMap<?, ?>) && !(map instanceof java.util.SortedMap<?, ?>)) {
        entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
      }
      for (Map.Entry<?, ?> e : entries) {
        write(out, e.getKey());
        write(out, e.getValue());
      }
    } else if (v instanceof Enum<?> e) {
      out.writeByte(ENUM);
      writeString(out, e.getDeclaringClass().getName());
      writeString(out, e.name());
    } else if (v instanceof Record r && r.getClass().getName().startsWith("winloss.")) {
      out.writeByte(RECORD);
      writeString(out, r.getClass().getName());
      RecordComponent[] cs = components(r.getClass());
      out.writeShort(cs.length);
      for (RecordComponent c : cs) {
        try {
          c.getAccessor().setAccessible(true);
          write(out, c.getAccessor().invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new NotStorable(r.getClass().getName() + "." + c.getName(), e);
        }
      }
    } else {
      throw new NotStorable(v.getClass().getName());
    }
  }

  Object read(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case NULL:
        return null;
      case STRING:
        return readString(in);
      case INT:
        return in.readInt();
      case LONG:
        return in.readLong();
      case BOOL:
        return in.readBoolean();
      case DOUBLE:
        return in.readDouble();
      case DATE:
        return LocalDate.ofEpochDay(in.readLong());
      case DECIMAL:
        try {
          return new BigDecimal(readString(in));
        } catch (NumberFormatException e) {
          throw new IOException("corrupt decimal", e);
        }
      case PATH:
        return Path.of(readString(in));
      case LIST: {
        int n = count(in);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(read(in));
        }
        return Collections.unmodifiableList(list);
      }
      case MAP: {
        int n = count(in);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          Object k = read(in);
          map.put(k, read(in));
        }
        return Collections.unmodifiableMap(map);
      }
      case ENUM: {
        Class<?> c = type(readString(in));
        String name = readString(in);
        if (!c.isEnum()) {
          throw new IOException("not an enum: " + c.getName());
        }
        for (Object constant : c.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(name)) {
            return constant;
          }
        }
        throw new IOException("no constant " + name + " in " + c.getName());
      }
      case RECORD: {
        Class<?> c = type(readString(in));
        if (!c.isRecord()) {
          throw new IOException("not a record: " + c.getName());
        }
        RecordComponent[] cs = components(c);
        if (in.readUnsignedShort() != cs.length) {
          throw new IOException("record shape changed: " + c.getName());
        }
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
          args[i] = read(in);
          types[i] = cs[i].getType();
        }
        try {
          Constructor<?> k = c.getDeclaredConstructor(types);
          k.setAccessible(true);
          return k.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IOException("cannot rebuild " + c.getName(), e);
        }
      }
      default:
        throw new IOException("corrupt cache: tag " + tag);
    }
  }

  private RecordComponent[] components(Class<?> c) {
    return components.computeIfAbsent(c, Class::getRecordComponents);
  }

  private Class<?> type(String name) throws IOException {
    if (!name.startsWith("winloss.")) {
      throw new IOException("foreign class in cache: " + name);
    }
    Class<?> c = classes.get(name);
    if (c == null) {
      try {
        c = Class.forName(name, false, RecordCodec.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IOException("unknown class in cache: " + name, e);
      }
      classes.put(name, c);
    }
    return c;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException("corrupt cache: count " + n);
    }
    return n;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = count(in);
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("truncated cache");
    }
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
