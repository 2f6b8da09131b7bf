// multipart/form-data as both platforms receive uploads, parsed with the runtime's own parser (the fetch API's
// FormData), so the fakes read exactly what a server would.

/** One file part of a multipart body. */
export interface UploadedFile {
  /** The form field it came in: `files[0]` for Discord, `file` or `body` for Slack's upload URL. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: UploadedFile[];
}

export function isMultipart(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith('multipart/form-data') ?? false;
}

/** Parses a multipart/form-data body; rejects (as a server answers 400) when it is malformed. */
export async function parseMultipart(raw: Buffer, contentType: string): Promise<MultipartBody> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value;
    else
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        data: Buffer.from(await value.arrayBuffer()),
      });
  }
  return { fields, files };
}
