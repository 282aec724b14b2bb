#include "TiffMemoryFile.h"

#include <cstring>

namespace motcua::scan {

namespace {

tmsize_t memRead(thandle_t h, void* buffer, tmsize_t size)
{
    auto* f = static_cast<TiffMemoryFile*>(h);
    const tmsize_t n = qMin<tmsize_t>(size, tmsize_t(f->bytes.size()) - tmsize_t(f->position));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, f->bytes.constData() + f->position, size_t(n));
    f->position += toff_t(n);
    return n;
}

tmsize_t memWrite(thandle_t h, void* buffer, tmsize_t size)
{
    auto* f = static_cast<TiffMemoryFile*>(h);
    const qsizetype end = qsizetype(f->position) + qsizetype(size);
    if (end > f->bytes.size())
        f->bytes.resize(end);
    std::memcpy(f->bytes.data() + f->position, buffer, size_t(size));
    f->position = toff_t(end);
    return size;
}

toff_t memSeek(thandle_t h, toff_t offset, int whence)
{
    auto* f = static_cast<TiffMemoryFile*>(h);
    switch (whence) {
    case SEEK_SET:
        f->position = offset;
        break;
    case SEEK_CUR:
        f->position += offset;
        break;
    case SEEK_END:
        f->position = toff_t(f->bytes.size()) + offset;
        break;
    }
    return f->position;
}

int memClose(thandle_t)
{
    return 0;
}

toff_t memSize(thandle_t h)
{
    return toff_t(static_cast<TiffMemoryFile*>(h)->bytes.size());
}

int memMap(thandle_t, void**, toff_t*)
{
    return 0;
}

void memUnmap(thandle_t, void*, toff_t) {}

} // namespace

TIFF* openTiff(TiffMemoryFile& file, const char* mode)
{
    return TIFFClientOpen("page", mode, &file, memRead, memWrite, memSeek, memClose, memSize, memMap, memUnmap);
}

} // namespace motcua::scan
